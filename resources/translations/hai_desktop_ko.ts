<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>AdministrationScreen</name>
    <message>
        <source>Administration</source>
        <translation>관리</translation>
    </message>
    <message>
        <source>Your account, the site rules, the dose-level and premedication tables the orders are written with, and who is trained in HAI.</source>
        <translation>내 계정, 기관 규칙, 처방에 쓰이는 용량 단계표와 전처치표, HAI 교육 이수자.</translation>
    </message>
</context>
<context>
    <name>Arm</name>
    <message>
        <source>HAI oxaliplatin + FOLFIRI + targeted</source>
        <translation>HAI oxaliplatin + FOLFIRI + 표적치료</translation>
    </message>
    <message>
        <source>FOLFIRI + targeted</source>
        <translation>FOLFIRI + 표적치료</translation>
    </message>
    <message>
        <source>Experimental (HAI)</source>
        <translation>실험군 (HAI)</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>대조군</translation>
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message>
        <source>Audit trail</source>
        <translation>감사 추적</translation>
    </message>
    <message>
        <source>Who did what and when (UTC), newest first. Rows cannot be changed or deleted; each holds the hash of the one before it.</source>
        <translation>누가 언제 무엇을 했는지 (UTC), 최신 순. 기록은 변경하거나 삭제할 수 없으며, 각 행은 앞 행의 해시를 담고 있습니다.</translation>
    </message>
</context>
<context>
    <name>CatheterScreen</name>
    <message>
        <source>Catheter</source>
        <translation>카테터</translation>
    </message>
    <message>
        <source>The HAI port and catheter: inspected before each use; its record decides whether the HAI oxaliplatin line of today&apos;s order may run.</source>
        <translation>HAI 포트와 카테터: 매 사용 전에 점검하며, 그 기록에 따라 오늘 처방의 HAI oxaliplatin 투여 여부가 정해집니다.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Your password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>잠금 해제</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>사용자 전환</translation>
    </message>
    <message>
        <source>Workstation locked</source>
        <translation>워크스테이션 잠김</translation>
    </message>
    <message>
        <source>Patient data is hidden while locked.</source>
        <translation>잠긴 동안 환자 정보는 표시되지 않습니다.</translation>
    </message>
    <message>
        <source>Enter your password to continue, or switch user.</source>
        <translation>계속하려면 비밀번호를 입력하거나 사용자를 전환하십시오.</translation>
    </message>
    <message>
        <source>Signed in: {name} ({role})</source>
        <translation>로그인: {name} ({role})</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>{title} — TRAINING</source>
        <translation>{title} — 교육용</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>잠금</translation>
    </message>
    <message>
        <source>Sign out / Switch user</source>
        <translation>로그아웃 / 사용자 전환</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>About hai-desktop</source>
        <translation>hai-desktop 정보</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>세션(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>이동(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>Signed in: {name} — {role}</source>
        <translation>로그인: {name} — {role}</translation>
    </message>
    <message>
        <source>Database: {name}</source>
        <translation>데이터베이스: {name}</translation>
    </message>
    <message>
        <source>Server over TLS</source>
        <translation>서버 (TLS 암호화)</translation>
    </message>
    <message>
        <source>Encrypted (SQLCipher)</source>
        <translation>암호화됨 (SQLCipher)</translation>
    </message>
    <message>
        <source>TRAINING</source>
        <translation>교육용</translation>
    </message>
    <message>
        <source>Demo database: invented data for practice only.</source>
        <translation>데모 데이터베이스: 연습용 가상 데이터만 있습니다.</translation>
    </message>
    <message>
        <source>⚠ Audit trail check failed — tell the administrator</source>
        <translation>⚠ 감사 추적 확인 실패 — 관리자에게 알리십시오</translation>
    </message>
    <message>
        <source>⚠ Allocation list check failed — randomization stopped</source>
        <translation>⚠ 배정표 확인 실패 — 무작위배정 중지됨</translation>
    </message>
</context>
<context>
    <name>OrdersScreen</name>
    <message>
        <source>Dosing &amp; Orders</source>
        <translation>용량 및 처방</translation>
    </message>
    <message>
        <source>Each cycle&apos;s order: signed by the investigator, verified by the pharmacist, printed, double-checked and given at the chair by two nurses.</source>
        <translation>주기별 처방: 연구자 서명, 약사 검증, 출력 후 두 간호사가 투여 전 이중 확인하고 투여합니다.</translation>
    </message>
</context>
<context>
    <name>PatientColumn</name>
    <message>
        <source>Study ID</source>
        <translation>연구 번호</translation>
    </message>
    <message>
        <source>Screening no.</source>
        <translation>스크리닝 번호</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>이니셜</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>성별</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>생년월일</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Arm</source>
        <translation>배정군</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>주기</translation>
    </message>
</context>
<context>
    <name>PatientHeader</name>
    <message>
        <source>No patient selected</source>
        <translation>선택된 환자 없음</translation>
    </message>
    <message>
        <source>not yet recorded</source>
        <translation>아직 기록 없음</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>읽을 수 없음</translation>
    </message>
    <message>
        <source>an order cannot be signed until they are recorded (Patients → Allergies…)</source>
        <translation>기록될 때까지 처방에 서명할 수 없습니다 (환자 → 알레르기…)</translation>
    </message>
    <message>
        <source> +{count} more</source>
        <translation> 외 {count}건</translation>
    </message>
    <message>
        <source>Not yet asked: {hint}.</source>
        <translation>아직 확인 안 함: {hint}.</translation>
    </message>
    <message>
        <source>{none} — choose one on the Patients screen (Ctrl+1).</source>
        <translation>{none} — 환자 화면(Ctrl+1)에서 선택하십시오.</translation>
    </message>
    <message>
        <source>Arm</source>
        <translation>배정군</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>주기</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Catheter</source>
        <translation>카테터</translation>
    </message>
    <message>
        <source>ALLERGIES</source>
        <translation>알레르기</translation>
    </message>
    <message>
        <source>not randomized</source>
        <translation>무작위배정 전</translation>
    </message>
    <message>
        <source>Allergies: {list}</source>
        <translation>알레르기: {list}</translation>
    </message>
</context>
<context>
    <name>PatientStatus</name>
    <message>
        <source>Screening</source>
        <translation>스크리닝 중</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>적격</translation>
    </message>
    <message>
        <source>Ineligible</source>
        <translation>부적격</translation>
    </message>
    <message>
        <source>Randomized</source>
        <translation>무작위배정됨</translation>
    </message>
    <message>
        <source>On treatment</source>
        <translation>치료 중</translation>
    </message>
    <message>
        <source>Off study</source>
        <translation>연구 종료</translation>
    </message>
</context>
<context>
    <name>PatientsScreen</name>
    <message>
        <source>Patients</source>
        <translation>환자</translation>
    </message>
    <message>
        <source>Select a patient to work on: the header above every screen then shows who it is.</source>
        <translation>작업할 환자를 선택하십시오. 모든 화면 위의 머리글에 해당 환자가 표시됩니다.</translation>
    </message>
    <message>
        <source>Search: name, screening number, study ID, initials or hospital record number</source>
        <translation>검색: 이름, 스크리닝 번호, 연구 번호, 이니셜 또는 병원 등록번호</translation>
    </message>
    <message>
        <source>Outcome…</source>
        <translation>결과…</translation>
    </message>
    <message>
        <source>Liver resection (the primary endpoint) of the selected randomized patient</source>
        <translation>선택한 무작위배정 환자의 간절제 여부 (일차 평가변수)</translation>
    </message>
    <message>
        <source>&amp;Allergies…</source>
        <translation>알레르기(&amp;A)…</translation>
    </message>
    <message>
        <source>Allergies and infusion reactions of the selected patient</source>
        <translation>선택한 환자의 알레르기 및 주입 반응</translation>
    </message>
    <message>
        <source>Allergies and infusion reactions of the selected patient (read only for your role)</source>
        <translation>선택한 환자의 알레르기 및 주입 반응 (현재 역할은 읽기 전용)</translation>
    </message>
    <message>
        <source>1 patient</source>
        <translation>환자 1명</translation>
    </message>
    <message>
        <source>{n} patients</source>
        <translation>환자 {n}명</translation>
    </message>
    <message>
        <source>Outcome of {id} saved.</source>
        <translation>{id}의 결과를 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>RandomizationScreen</name>
    <message>
        <source>Randomization</source>
        <translation>무작위배정</translation>
    </message>
    <message>
        <source>Sealed envelopes per stratum, opened in order and signed for. Unopened envelopes never show an arm.</source>
        <translation>층별 봉인 봉투를 순서대로 열고 서명합니다. 열지 않은 봉투의 배정군은 표시되지 않습니다.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Administrator</source>
        <translation>관리자</translation>
    </message>
    <message>
        <source>Investigator</source>
        <translation>연구자</translation>
    </message>
    <message>
        <source>Pharmacist</source>
        <translation>약사</translation>
    </message>
    <message>
        <source>Infusion nurse</source>
        <translation>주사실 간호사</translation>
    </message>
    <message>
        <source>Interventional radiologist</source>
        <translation>중재영상의학과 의사</translation>
    </message>
    <message>
        <source>Research coordinator</source>
        <translation>연구 코디네이터</translation>
    </message>
    <message>
        <source>Monitor (read-only)</source>
        <translation>모니터 요원 (읽기 전용)</translation>
    </message>
</context>
<context>
    <name>ScreeningScreen</name>
    <message>
        <source>Screening</source>
        <translation>스크리닝</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>Patients</source>
        <translation>환자</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>스크리닝</translation>
    </message>
    <message>
        <source>Randomization</source>
        <translation>무작위배정</translation>
    </message>
    <message>
        <source>Dosing &amp; Orders</source>
        <translation>용량 및 처방</translation>
    </message>
    <message>
        <source>Toxicity</source>
        <translation>독성</translation>
    </message>
    <message>
        <source>Catheter</source>
        <translation>카테터</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>감사 추적</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>관리</translation>
    </message>
</context>
<context>
    <name>SessionFlow</name>
    <message>
        <source>The language could not be saved: {error}</source>
        <translation>언어 설정을 저장할 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>Check that the settings file can be written, or set language there.</source>
        <translation>설정 파일에 쓸 수 있는지 확인하거나, 설정 파일에서 language를 지정하십시오.</translation>
    </message>
    <message>
        <source>The automatic backup at sign-out failed: {error} The records are safe in the database; tell the administrator.</source>
        <translation>로그아웃 시 자동 백업에 실패했습니다: {error} 기록은 데이터베이스에 안전하게 남아 있습니다. 관리자에게 알리십시오.</translation>
    </message>
</context>
<context>
    <name>SignInWindow</name>
    <message>
        <source>No database at {path}.
Create one with:   hai-desktop init --db {path}
or try the demo with:   hai-desktop demo</source>
        <translation>{path}에 데이터베이스가 없습니다.
새로 만들기:   hai-desktop init --db {path}
데모 사용:   hai-desktop demo</translation>
    </message>
    <message>
        <source>Sign in — {trial}</source>
        <translation>로그인 — {trial}</translation>
    </message>
    <message>
        <source>TRAINING DATABASE — invented patients, for practice only</source>
        <translation>교육용 데이터베이스 — 가상 환자, 연습 전용</translation>
    </message>
    <message>
        <source>your user name</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <source>your password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>Infusion-unit workstation · sign in with your own account</source>
        <translation>항암주사실 워크스테이션 · 본인 계정으로 로그인하십시오</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>데이터베이스</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>data on the unit&apos;s server, over TLS</source>
        <translation>주사실 서버의 데이터, TLS 연결</translation>
    </message>
    <message>
        <source>data encrypted with SQLCipher</source>
        <translation>SQLCipher로 암호화된 데이터</translation>
    </message>
    <message>
        <source>hai-desktop {version} · {protection}</source>
        <translation>hai-desktop {version} · {protection}</translation>
    </message>
</context>
<context>
    <name>ToxicityScreen</name>
    <message>
        <source>Toxicity</source>
        <translation>독성</translation>
    </message>
    <message>
        <source>Adverse events graded with CTCAE v4.03, lab values graded by the program, the worst grade per cycle and the liver tests the protocol watches.</source>
        <translation>CTCAE v4.03으로 등급을 매긴 이상반응, 프로그램이 판정한 검사 수치 등급, 주기별 최고 등급, 프로토콜이 관찰하는 간기능 검사.</translation>
    </message>
</context>
<context>
    <name>Trial</name>
    <message>
        <source>HAI oxaliplatin trial — NCT05103020</source>
        <translation>HAI oxaliplatin 임상시험 — NCT05103020</translation>
    </message>
</context>
</TS>
