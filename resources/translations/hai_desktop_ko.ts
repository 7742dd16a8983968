<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Standard input has no line left for: {prompt}.</source>
        <translation>표준 입력에 {prompt}에 대한 줄이 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>두 비밀번호가 서로 다릅니다. 아무것도 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>--server needs server_url in the settings file.</source>
        <translation>--server를 사용하려면 설정 파일에 server_url이 필요합니다.</translation>
    </message>
    <message>
        <source>{db} holds real data: the demo is never put there.</source>
        <translation>{db}에는 실제 데이터가 있습니다. 데모 데이터는 절대 이곳에 넣지 않습니다.</translation>
    </message>
    <message>
        <source>A server is set in the settings: create its database with &apos;hai-desktop init-server&apos;, or move the unit&apos;s file there with &apos;hai-desktop migrate-to-server&apos;.</source>
        <translation>설정에 서버가 지정되어 있습니다. &apos;hai-desktop init-server&apos;로 서버 데이터베이스를 만들거나 &apos;hai-desktop migrate-to-server&apos;로 병동의 파일을 서버로 옮기십시오.</translation>
    </message>
    <message>
        <source>No server is set: add server_url (and its TLS settings) to the settings file first.</source>
        <translation>서버가 설정되어 있지 않습니다. 먼저 설정 파일에 server_url(및 TLS 설정)을 추가하십시오.</translation>
    </message>
    <message>
        <source>The shared server has no recovery code: another administrator gives a temporary password (Administration → Reset password…).</source>
        <translation>공유 서버에는 복구 코드가 없습니다. 다른 관리자가 임시 비밀번호를 발급합니다(관리 → 비밀번호 재설정…).</translation>
    </message>
    <message>
        <source>Keep at least two active administrator accounts.</source>
        <translation>활성 관리자 계정을 두 개 이상 유지하십시오.</translation>
    </message>
    <message>
        <source>HAI withheld — no valid catheter inspection</source>
        <translation>HAI 보류 — 유효한 카테터 점검 없음</translation>
    </message>
    <message>
        <source>The catheter rules file {path} cannot be read: {exc}.</source>
        <translation>카테터 규칙 파일 {path}을(를) 읽을 수 없습니다: {exc}.</translation>
    </message>
    <message>
        <source>The catheter rules file {path} is not valid TOML: {exc}.</source>
        <translation>카테터 규칙 파일 {path}이(가) 올바른 TOML이 아닙니다: {exc}.</translation>
    </message>
    <message>
        <source>{path}: missing {exc}.</source>
        <translation>{path}: {exc} 항목이 없습니다.</translation>
    </message>
    <message>
        <source>{path}: {exc}.</source>
        <translation>{path}: {exc}.</translation>
    </message>
    <message>
        <source>{path}: [[{table}]] lacks {missing}.</source>
        <translation>{path}: [[{table}]]에 {missing}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>{path}: no [[{table}]] entries found.</source>
        <translation>{path}: [[{table}]] 항목이 없습니다.</translation>
    </message>
    <message>
        <source>{path}, {where}: missing {exc}.</source>
        <translation>{path}, {where}: {exc} 항목이 없습니다.</translation>
    </message>
    <message>
        <source>{path}, {where}: {exc}.</source>
        <translation>{path}, {where}: {exc}.</translation>
    </message>
    <message>
        <source>{path}: [[{table}]] ids used twice: {duplicates}.</source>
        <translation>{path}: [[{table}]] id가 두 번 사용되었습니다: {duplicates}.</translation>
    </message>
    <message>
        <source>in place since {day}</source>
        <translation>{day}부터 유치 중</translation>
    </message>
    <message>
        <source>removed on {day}</source>
        <translation>{day}에 제거됨</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>기록 없음</translation>
    </message>
    <message>
        <source>Choose the event: {kinds}.</source>
        <translation>사건을 선택하십시오: {kinds}.</translation>
    </message>
    <message>
        <source>The event date {occurred_on} is in the future.</source>
        <translation>사건 날짜 {occurred_on}이(가) 미래입니다.</translation>
    </message>
    <message>
        <source>Choose the complication: {complications}.</source>
        <translation>합병증을 선택하십시오: {complications}.</translation>
    </message>
    <message>
        <source>A complication is recorded only with the event &apos;complication&apos;.</source>
        <translation>합병증은 &apos;합병증&apos; 사건에서만 기록합니다.</translation>
    </message>
    <message>
        <source>Choose the access route: {routes}.</source>
        <translation>접근 경로를 선택하십시오: {routes}.</translation>
    </message>
    <message>
        <source>A catheter is already recorded ({state}): record a revision, removal or reinsertion instead.</source>
        <translation>카테터가 이미 기록되어 있습니다({state}). 대신 교정, 제거 또는 재삽입을 기록하십시오.</translation>
    </message>
    <message>
        <source>Only a removed catheter can be reinserted (catheter: {state}).</source>
        <translation>제거된 카테터만 재삽입할 수 있습니다(카테터: {state}).</translation>
    </message>
    <message>
        <source>No catheter is in place (catheter: {state}): &apos;{kind}&apos; cannot be recorded.</source>
        <translation>삽입된 카테터가 없습니다(카테터: {state}). &apos;{kind}&apos;을(를) 기록할 수 없습니다.</translation>
    </message>
    <message>
        <source>The event date {occurred_on} is before the catheter&apos;s last event on {floor}.</source>
        <translation>사건 날짜 {occurred_on}이(가) 카테터의 마지막 사건 날짜 {floor}보다 이전입니다.</translation>
    </message>
    <message>
        <source>Choose the outcome: {outcomes}.</source>
        <translation>결과를 선택하십시오: {outcomes}.</translation>
    </message>
    <message>
        <source>Choose the action taken: {actions}.</source>
        <translation>취한 조치를 선택하십시오: {actions}.</translation>
    </message>
    <message>
        <source>Give the reason for &apos;{outcome}&apos;.</source>
        <translation>&apos;{outcome}&apos;의 사유를 입력하십시오.</translation>
    </message>
    <message>
        <source>Pain during HAI was reported since the last inspection: answer yes to &apos;{pain_item}&apos;.</source>
        <translation>지난 점검 이후 HAI 중 통증이 보고되었습니다. &apos;{pain_item}&apos;에 예라고 답하십시오.</translation>
    </message>
    <message>
        <source>A catheter removed at this inspection cannot be fit for HAI.</source>
        <translation>이번 점검에서 제거된 카테터는 HAI 투여 가능으로 판정할 수 없습니다.</translation>
    </message>
    <message>
        <source>Pain during HAI was reported since the last fit inspection: choose &apos;{NEEDS_IR_REVIEW}&apos; or &apos;{NOT_FIT}&apos;, or explain in the explanation the interventional radiology review that found the catheter fit.</source>
        <translation>마지막 투여 가능 점검 이후 HAI 중 통증이 보고되었습니다. &apos;{NEEDS_IR_REVIEW}&apos; 또는 &apos;{NOT_FIT}&apos;을(를) 선택하거나, 카테터를 투여 가능으로 판정한 중재영상의학과 검토 내용을 설명란에 기술하십시오.</translation>
    </message>
    <message>
        <source>&apos;{FIT}&apos; with findings ({findings}) needs an explanation of why HAI is safe today.</source>
        <translation>소견({findings})이 있는 상태에서 &apos;{FIT}&apos;으로 판정하려면 오늘 HAI가 안전한 이유를 설명해야 합니다.</translation>
    </message>
    <message>
        <source>This patient is in the control arm: there is no HAI catheter to inspect.</source>
        <translation>이 환자는 대조군입니다. 점검할 HAI 카테터가 없습니다.</translation>
    </message>
    <message>
        <source>The catheter was {state}: record its reinsertion before inspecting it.</source>
        <translation>카테터가 {state} 상태입니다. 점검하기 전에 재삽입을 기록하십시오.</translation>
    </message>
    <message>
        <source>No catheter is recorded for this patient: record the implantation before inspecting it.</source>
        <translation>이 환자에게 기록된 카테터가 없습니다. 점검하기 전에 삽입을 기록하십시오.</translation>
    </message>
    <message>
        <source>The inspection date {inspected_on} is in the future.</source>
        <translation>점검 날짜 {inspected_on}이(가) 미래입니다.</translation>
    </message>
    <message>
        <source>The catheter is {state}: an inspection on {inspected_on} cannot be of this catheter.</source>
        <translation>카테터가 {state} 상태입니다. {inspected_on}의 점검은 이 카테터에 대한 것일 수 없습니다.</translation>
    </message>
    <message>
        <source>Not a checklist item: {unknown}.</source>
        <translation>점검표 항목이 아닙니다: {unknown}.</translation>
    </message>
    <message>
        <source>Answer every checklist item; not yet answered: {unanswered}.</source>
        <translation>모든 점검표 항목에 답하십시오. 아직 답하지 않은 항목: {unanswered}.</translation>
    </message>
    <message>
        <source>Answer yes or no to &apos;{item}&apos;.</source>
        <translation>&apos;{item}&apos;에 예 또는 아니요로 답하십시오.</translation>
    </message>
    <message>
        <source>&apos;{item}&apos; must be one of {choices}.</source>
        <translation>&apos;{item}&apos;은(는) {choices} 중 하나여야 합니다.</translation>
    </message>
    <message>
        <source>The last perfusion check date {last_check_on} is after {day}.</source>
        <translation>마지막 관류 확인 날짜 {last_check_on}이(가) {day}보다 이후입니다.</translation>
    </message>
    <message>
        <source>an inspection counts on its own day only [site rule]</source>
        <translation>점검은 점검한 당일에만 유효합니다 [기관 규칙]</translation>
    </message>
    <message>
        <source>an inspection counts for 1 day after its own [site rule]</source>
        <translation>점검은 점검일 다음 1일까지 유효합니다 [기관 규칙]</translation>
    </message>
    <message>
        <source>an inspection counts for {days} days after its own [site rule]</source>
        <translation>점검은 점검일 다음 {days}일까지 유효합니다 [기관 규칙]</translation>
    </message>
    <message>
        <source>none recorded for this catheter</source>
        <translation>이 카테터의 점검 기록이 없습니다</translation>
    </message>
    <message>
        <source>the last one ({done}) predates the catheter event of {event}; inspect it again</source>
        <translation>마지막 점검({done})이 {event}의 카테터 사건보다 앞섭니다. 다시 점검하십시오</translation>
    </message>
    <message>
        <source>the last one ({done} {time}) was made before the catheter event recorded later that day; inspect it again</source>
        <translation>마지막 점검({done} {time})이 같은 날 나중에 기록된 카테터 사건보다 앞섭니다. 다시 점검하십시오</translation>
    </message>
    <message>
        <source>the last one ({done}) found the catheter &apos;{outcome}&apos;</source>
        <translation>마지막 점검({done}) 결과 카테터가 &apos;{outcome}&apos; 상태였습니다</translation>
    </message>
    <message>
        <source>the last one was on {done}, 1 day earlier; {window}</source>
        <translation>마지막 점검은 1일 전인 {done}에 있었습니다. {window}</translation>
    </message>
    <message>
        <source>the last one was on {done}, {age} days earlier; {window}</source>
        <translation>마지막 점검은 {age}일 전인 {done}에 있었습니다. {window}</translation>
    </message>
    <message>
        <source>pain during HAI was reported on {day} {time}, after the inspection of {done}; inspect it again</source>
        <translation>{done} 점검 이후 {day} {time}에 HAI 중 통증이 보고되었습니다. 다시 점검하십시오</translation>
    </message>
    <message>
        <source>No HAI — the patient is in the control arm</source>
        <translation>HAI 없음 — 대조군 환자입니다</translation>
    </message>
    <message>
        <source>HAI stopped — catheter removed on {day}; reinsert before HAI</source>
        <translation>HAI 중단 — {day}에 카테터 제거됨. HAI 전에 재삽입하십시오</translation>
    </message>
    <message>
        <source>no catheter is recorded; record the implantation</source>
        <translation>기록된 카테터가 없습니다. 삽입을 기록하십시오</translation>
    </message>
    <message>
        <source>Catheter fit for HAI (inspected {day} {time})</source>
        <translation>카테터 HAI 사용 적합 ({day} {time} 점검)</translation>
    </message>
    <message>
        <source>HAI allowed by investigator override: {reason} (no valid catheter inspection: {why})</source>
        <translation>연구자 예외 승인으로 HAI 허용: {reason} (유효한 카테터 점검 없음: {why})</translation>
    </message>
    <message>
        <source>HAI withheld — no valid catheter inspection: {why}</source>
        <translation>HAI 보류 — 유효한 카테터 점검 없음: {why}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a time zone name.</source>
        <translation>&apos;{name}&apos;은(는) 시간대 이름이 아닙니다.</translation>
    </message>
    <message>
        <source>Use an IANA name such as Asia/Seoul, or leave time_zone empty for the computer&apos;s own zone.</source>
        <translation>Asia/Seoul과 같은 IANA 이름을 사용하거나, 컴퓨터의 시간대를 쓰려면 time_zone을 비워 두십시오.</translation>
    </message>
    <message>
        <source>The CTCAE data file {path} cannot be read: {exc}.</source>
        <translation>CTCAE 데이터 파일 {path}을(를) 읽을 수 없습니다: {exc}.</translation>
    </message>
    <message>
        <source>The CTCAE file {path} cannot be read: {exc}.</source>
        <translation>CTCAE 파일 {path}을(를) 읽을 수 없습니다: {exc}.</translation>
    </message>
    <message>
        <source>{path}: the column {exc} is missing or empty.</source>
        <translation>{path}: {exc} 열이 없거나 비어 있습니다.</translation>
    </message>
    <message>
        <source>{path}: expected {TERM_COUNT} unique CTCAE v4.03 terms, found {count}.</source>
        <translation>{path}: 고유한 CTCAE v4.03 용어 {TERM_COUNT}개가 있어야 하는데 {count}개입니다.</translation>
    </message>
    <message>
        <source>{path}: terms without any grade: {without}.</source>
        <translation>{path}: 등급이 없는 용어: {without}.</translation>
    </message>
    <message>
        <source>“{name}” is not a CTCAE v4.03 term: choose one from the list.</source>
        <translation>“{name}”은(는) CTCAE v4.03 용어가 아닙니다. 목록에서 선택하십시오.</translation>
    </message>
    <message>
        <source>{path}: invalid entry ({exc}).</source>
        <translation>{path}: 잘못된 항목({exc}).</translation>
    </message>
    <message>
        <source>{path}: the term {term!r} is invalid ({problem}).</source>
        <translation>{path}: 용어 {term!r}이(가) 잘못되었습니다({problem}).</translation>
    </message>
    <message>
        <source>{path}: a term is graded twice.</source>
        <translation>{path}: 한 용어의 등급이 두 번 정의되어 있습니다.</translation>
    </message>
    <message>
        <source>Lab kinds defined twice: {own}.</source>
        <translation>두 번 정의된 검사 종류: {own}.</translation>
    </message>
    <message>
        <source>There is no lab quantity &apos;{kind}&apos;.</source>
        <translation>검사 항목 &apos;{kind}&apos;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>{CTCAE_VERSION} grading from a lab value is not available for “{name}”: choose the grade from the CTCAE text.</source>
        <translation>“{name}”은(는) 검사 수치로 {CTCAE_VERSION} 등급을 산정할 수 없습니다. CTCAE 기술을 보고 등급을 선택하십시오.</translation>
    </message>
    <message>
        <source>Enter the {kind} (in {unit}).</source>
        <translation>{kind}을(를) 입력하십시오(단위: {unit}).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a valid {kind}: type a number and a unit such as {accepts}.</source>
        <translation>&apos;{text}&apos;은(는) 올바른 {kind} 값이 아닙니다. 숫자와 단위를 입력하십시오(예: {accepts}).</translation>
    </message>
    <message>
        <source>{shown:g} {unit} is not a plausible {kind} (expected {low:g}–{high:g} {unit}): check the value and its unit.</source>
        <translation>{shown:g} {unit}은(는) 타당한 {kind} 값이 아닙니다(예상 범위 {low:g}–{high:g} {unit}). 값과 단위를 확인하십시오.</translation>
    </message>
    <message>
        <source>The {kind} must be a finite number.</source>
        <translation>{kind}은(는) 유한한 숫자여야 합니다.</translation>
    </message>
    <message>
        <source>The {kind} cannot be negative.</source>
        <translation>{kind}은(는) 음수일 수 없습니다.</translation>
    </message>
    <message>
        <source>{units:~P} is not a unit for {kind}: use {accepts}.</source>
        <translation>{units:~P}은(는) {kind}의 단위가 아닙니다. {accepts}을(를) 사용하십시오.</translation>
    </message>
    <message>
        <source>The {name} of the {kind} must be above zero.</source>
        <translation>{kind}의 {name}은(는) 0보다 커야 합니다.</translation>
    </message>
    <message>
        <source>The lower limit of normal must be below the upper limit.</source>
        <translation>정상 하한은 정상 상한보다 작아야 합니다.</translation>
    </message>
    <message>
        <source>Enter the upper limit of normal (ULN) of the {kind}: {CTCAE_VERSION} grades {term} from it.</source>
        <translation>{kind}의 정상 상한(ULN)을 입력하십시오. {CTCAE_VERSION}은(는) 이 값으로 {term}의 등급을 정합니다.</translation>
    </message>
    <message>
        <source>Enter the lower limit of normal (LLN) of the {kind}: {CTCAE_VERSION} grades {term} from it.</source>
        <translation>{kind}의 정상 하한(LLN)을 입력하십시오. {CTCAE_VERSION}은(는) 이 값으로 {term}의 등급을 정합니다.</translation>
    </message>
    <message>
        <source>{CTCAE_VERSION} grading of {term} found {count} grades for {value:g}: the grading data is inconsistent.</source>
        <translation>{CTCAE_VERSION}에서 {term}의 {value:g}에 대해 등급이 {count}개 나왔습니다. 등급 데이터가 일관되지 않습니다.</translation>
    </message>
    <message>
        <source>The date of birth is after the date of the assessment.</source>
        <translation>생년월일이 평가일보다 이후입니다.</translation>
    </message>
    <message>
        <source>Sex must be F or M for the Cockcroft–Gault formula.</source>
        <translation>Cockcroft–Gault 공식에는 성별이 F 또는 M이어야 합니다.</translation>
    </message>
    <message>
        <source>The age for Cockcroft–Gault must be 0–130 years.</source>
        <translation>Cockcroft–Gault의 나이는 0–130세여야 합니다.</translation>
    </message>
    <message>
        <source>The weight must be above zero.</source>
        <translation>체중은 0보다 커야 합니다.</translation>
    </message>
    <message>
        <source>The serum creatinine must be above zero.</source>
        <translation>혈청 크레아티닌은 0보다 커야 합니다.</translation>
    </message>
    <message>
        <source>Height must be a length and weight a mass.</source>
        <translation>신장은 길이, 체중은 질량이어야 합니다.</translation>
    </message>
    <message>
        <source>The height must be above zero.</source>
        <translation>신장은 0보다 커야 합니다.</translation>
    </message>
    <message>
        <source>{drug}: the dose is per m²: enter height and weight first.</source>
        <translation>{drug}: 용량이 m²당 기준입니다. 먼저 신장과 체중을 입력하십시오.</translation>
    </message>
    <message>
        <source>{drug}: the dose is per kg: enter the weight first.</source>
        <translation>{drug}: 용량이 kg당 기준입니다. 먼저 체중을 입력하십시오.</translation>
    </message>
    <message>
        <source>{drug}: unknown dose basis &apos;{basis}&apos;.</source>
        <translation>{drug}: 알 수 없는 용량 기준 &apos;{basis}&apos;.</translation>
    </message>
    <message>
        <source>{drug}: the calculated dose must be above zero.</source>
        <translation>{drug}: 계산된 용량은 0보다 커야 합니다.</translation>
    </message>
    <message>
        <source>{drug}: rounding {amount:.1f} mg to {rounded:g} mg changes the dose by {difference:+.1f} %, more than the site limit of {limit_percent:g} % [site rule]. Use a smaller rounding increment for this dose.</source>
        <translation>{drug}: {amount:.1f} mg을 {rounded:g} mg으로 반올림하면 용량이 {difference:+.1f} % 바뀌어 기관 한도 {limit_percent:g} %를 넘습니다 [기관 규칙]. 이 용량에는 더 작은 반올림 단위를 사용하십시오.</translation>
    </message>
    <message>
        <source>The eligibility criteria file {path} cannot be read: {exc}.</source>
        <translation>적격성 기준 파일 {path}을(를) 읽을 수 없습니다: {exc}.</translation>
    </message>
    <message>
        <source>The eligibility criteria file {path} is not valid TOML: {exc}.</source>
        <translation>적격성 기준 파일 {path}이(가) 올바른 TOML이 아닙니다: {exc}.</translation>
    </message>
    <message>
        <source>{path}: no [[criterion]] entries found.</source>
        <translation>{path}: [[criterion]] 항목이 없습니다.</translation>
    </message>
    <message>
        <source>{path}: [section_ko] must be a table of English name = Korean name.</source>
        <translation>{path}: [section_ko]는 &apos;영문 이름 = 한글 이름&apos; 형식의 표여야 합니다.</translation>
    </message>
    <message>
        <source>{path}: criterion ids used twice: {duplicates}.</source>
        <translation>{path}: 기준 id가 두 번 사용되었습니다: {duplicates}.</translation>
    </message>
    <message>
        <source>{where}: missing or unknown {exc}.</source>
        <translation>{where}: {exc} 항목이 없거나 알 수 없습니다.</translation>
    </message>
    <message>
        <source>{where}: {exc}.</source>
        <translation>{where}: {exc}.</translation>
    </message>
    <message>
        <source>not yet answered</source>
        <translation>아직 응답 없음</translation>
    </message>
    <message>
        <source>Answer yes, no or not yet known (not &apos;{choice}&apos;).</source>
        <translation>예, 아니요 또는 아직 모름으로 답하십시오(&apos;{choice}&apos;은(는) 안 됩니다).</translation>
    </message>
    <message>
        <source>answered yes</source>
        <translation>응답: 예</translation>
    </message>
    <message>
        <source>answered no</source>
        <translation>응답: 아니요</translation>
    </message>
    <message>
        <source>{scale} not yet recorded</source>
        <translation>{scale} 아직 기록 안 됨</translation>
    </message>
    <message>
        <source>{scale} must be one of {values}.</source>
        <translation>{scale}은(는) {values} 중 하나여야 합니다.</translation>
    </message>
    <message>
        <source>{scale} {value} (at most {limit} allowed)</source>
        <translation>{scale} {value} (최대 {limit}까지 허용)</translation>
    </message>
    <message>
        <source>date of birth not recorded</source>
        <translation>생년월일 기록 없음</translation>
    </message>
    <message>
        <source>{years} years on {day}</source>
        <translation>{day} 기준 {years}세</translation>
    </message>
    <message>
        <source>{years} years on {day} (at least {minimum} required)</source>
        <translation>{day} 기준 {years}세 ({minimum}세 이상 필요)</translation>
    </message>
    <message>
        <source>Enter the date of the {label} test.</source>
        <translation>{label} 검사 날짜를 입력하십시오.</translation>
    </message>
    <message>
        <source>The {label} test date {test_date:%d %b %Y} is in the future.</source>
        <translation>{label} 검사 날짜 {test_date:%d %b %Y}이(가) 미래입니다.</translation>
    </message>
    <message>
        <source>The {label} result is {age_days} days old; the site window is {lab_window_days} days [site rule]: enter a newer result.</source>
        <translation>{label} 결과는 {age_days}일 전 것입니다. 기관 허용 기간은 {lab_window_days}일입니다 [기관 규칙]. 더 최근 결과를 입력하십시오.</translation>
    </message>
    <message>
        <source>no result entered</source>
        <translation>결과 입력 안 됨</translation>
    </message>
    <message>
        <source>{shown} is below {minimum:g} {unit}</source>
        <translation>{shown}: {minimum:g} {unit} 미만</translation>
    </message>
    <message>
        <source>ULN for this result</source>
        <translation>이 결과의 ULN</translation>
    </message>
    <message>
        <source>site ULN [site rule]</source>
        <translation>기관 ULN [기관 규칙]</translation>
    </message>
    <message>
        <source>no upper limit of normal set for this test</source>
        <translation>이 검사의 정상 상한(ULN)이 설정되지 않음</translation>
    </message>
    <message>
        <source>The upper limit of normal must be above zero.</source>
        <translation>정상 상한은 0보다 커야 합니다.</translation>
    </message>
    <message>
        <source>{value} = {ratio} × ULN ({uln}, {source})</source>
        <translation>{value} = {ratio} × ULN ({uln}, {source})</translation>
    </message>
    <message>
        <source>{value} = {ratio} × ULN ({uln}, {source}), above {limit:g} × ULN</source>
        <translation>{value} = {ratio} × ULN ({uln}, {source}), {limit:g} × ULN 초과</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>체중</translation>
    </message>
    <message>
        <source>serum creatinine</source>
        <translation>혈청 크레아티닌</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>생년월일</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>성별</translation>
    </message>
    <message>
        <source>needs {what}</source>
        <translation>필요: {what}</translation>
    </message>
    <message>
        <source>{arithmetic}, below {minimum:g} mL/min</source>
        <translation>{arithmetic}, {minimum:g} mL/min 미만</translation>
    </message>
    <message>
        <source>dipstick not yet recorded</source>
        <translation>딥스틱 결과 아직 기록 안 됨</translation>
    </message>
    <message>
        <source>The dipstick result must be one of {DIPSTICK_GRADES}.</source>
        <translation>딥스틱 결과는 {DIPSTICK_GRADES} 중 하나여야 합니다.</translation>
    </message>
    <message>
        <source>dipstick {grade}</source>
        <translation>딥스틱 {grade}</translation>
    </message>
    <message>
        <source>dipstick {grade}: enter the 24-hour urine protein</source>
        <translation>딥스틱 {grade}: 24시간 소변 단백을 입력하십시오</translation>
    </message>
    <message>
        <source>dipstick {grade}, 24-hour protein {shown}</source>
        <translation>딥스틱 {grade}, 24시간 단백 {shown}</translation>
    </message>
    <message>
        <source>dipstick {grade}, 24-hour protein {shown} (above {maximum:g} g)</source>
        <translation>딥스틱 {grade}, 24시간 단백 {shown} ({maximum:g} g 초과)</translation>
    </message>
    <message>
        <source>the team judged the metastases resectable</source>
        <translation>다학제 팀이 전이를 절제 가능으로 판단함</translation>
    </message>
    <message>
        <source>the meeting date</source>
        <translation>회의 날짜</translation>
    </message>
    <message>
        <source>the disciplines present</source>
        <translation>참석 진료과</translation>
    </message>
    <message>
        <source>the team&apos;s decision</source>
        <translation>팀의 결정</translation>
    </message>
    <message>
        <source>which unresectability criterion applies</source>
        <translation>해당하는 절제 불가 기준</translation>
    </message>
    <message>
        <source>record {what}</source>
        <translation>기록 필요: {what}</translation>
    </message>
    <message>
        <source>The meeting date must be a date.</source>
        <translation>회의 날짜는 날짜여야 합니다.</translation>
    </message>
    <message>
        <source>The meeting date {held:%d %b %Y} is in the future.</source>
        <translation>회의 날짜 {held:%d %b %Y}이(가) 미래입니다.</translation>
    </message>
    <message>
        <source>the team lacked {who}</source>
        <translation>팀에 {who} 없음</translation>
    </message>
    <message>
        <source>Choose the unresectability criterion from the list.</source>
        <translation>목록에서 절제 불가 기준을 선택하십시오.</translation>
    </message>
    <message>
        <source>criterion {number}</source>
        <translation>기준 {number}</translation>
    </message>
    <message>
        <source>meeting {day}: unresectable ({numbers})</source>
        <translation>{day} 회의: 절제 불가 ({numbers})</translation>
    </message>
    <message>
        <source>Choose whether the liver metastases were resected: yes, no or not yet.</source>
        <translation>간 전이를 절제했는지 선택하십시오: 예, 아니요 또는 아직.</translation>
    </message>
    <message>
        <source>A date of surgery is kept only for a resection: clear it, or choose &apos;yes&apos; if the liver was resected.</source>
        <translation>수술 날짜는 절제한 경우에만 기록합니다. 지우거나, 간을 절제했다면 &apos;예&apos;를 선택하십시오.</translation>
    </message>
    <message>
        <source>A resection margin is kept only for a resection: clear it, or choose &apos;yes&apos; if the liver was resected.</source>
        <translation>절제연은 절제한 경우에만 기록합니다. 지우거나, 간을 절제했다면 &apos;예&apos;를 선택하십시오.</translation>
    </message>
    <message>
        <source>Enter the date of the liver resection.</source>
        <translation>간절제 날짜를 입력하십시오.</translation>
    </message>
    <message>
        <source>The date of surgery {surgery_date} is in the future: record the resection once it has been done.</source>
        <translation>수술 날짜 {surgery_date}이(가) 미래입니다. 절제를 시행한 후에 기록하십시오.</translation>
    </message>
    <message>
        <source>The date of surgery {surgery_date} is before randomization ({randomized_on}): check the date.</source>
        <translation>수술 날짜 {surgery_date}이(가) 무작위배정({randomized_on}) 이전입니다. 날짜를 확인하십시오.</translation>
    </message>
    <message>
        <source>Choose the resection margin (R0, R1 or R2) from the pathology report.</source>
        <translation>병리 보고서에 따라 절제연(R0, R1 또는 R2)을 선택하십시오.</translation>
    </message>
    <message>
        <source>ECOG {ecog} / adjuvant yes</source>
        <translation>ECOG {ecog} / 보조 항암 있음</translation>
    </message>
    <message>
        <source>ECOG {ecog} / adjuvant no</source>
        <translation>ECOG {ecog} / 보조 항암 없음</translation>
    </message>
    <message>
        <source>No stratum for ECOG {ecog}: only ECOG 0 and 1 are randomized.</source>
        <translation>ECOG {ecog}에 해당하는 층이 없습니다. ECOG 0과 1만 무작위배정합니다.</translation>
    </message>
    <message>
        <source>The randomization design file {path} is invalid: {exc}.</source>
        <translation>무작위배정 설계 파일 {path}이(가) 잘못되었습니다: {exc}.</translation>
    </message>
    <message>
        <source>The randomization design file {path} is invalid: {message}</source>
        <translation>무작위배정 설계 파일 {path}이(가) 잘못되었습니다: {message}</translation>
    </message>
    <message>
        <source>Block sizes must be even numbers above zero (1:1 in each block).</source>
        <translation>블록 크기는 0보다 큰 짝수여야 합니다(각 블록에서 1:1).</translation>
    </message>
    <message>
        <source>Generator &apos;{generator}&apos; is not known to this version.</source>
        <translation>생성기 &apos;{generator}&apos;은(는) 이 버전에서 알 수 없습니다.</translation>
    </message>
    <message>
        <source>Envelopes per stratum must be 1–9999.</source>
        <translation>층당 봉투 수는 1–9999여야 합니다.</translation>
    </message>
    <message>
        <source>The seed must be hexadecimal.</source>
        <translation>시드는 16진수여야 합니다.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text: export it as CSV (UTF-8).</source>
        <translation>파일이 UTF-8 텍스트가 아닙니다. CSV(UTF-8)로 내보내십시오.</translation>
    </message>
    <message>
        <source>The file is empty: it should hold the allocation list.</source>
        <translation>파일이 비어 있습니다. 배정표가 들어 있어야 합니다.</translation>
    </message>
    <message>
        <source>The file is not a readable CSV ({exc}).</source>
        <translation>읽을 수 있는 CSV 파일이 아닙니다({exc}).</translation>
    </message>
    <message>
        <source>Line 1 must be the header {CSV_HEADER} (found: {lines}).</source>
        <translation>1행은 머리글 {CSV_HEADER}이어야 합니다(실제: {lines}).</translation>
    </message>
    <message>
        <source>Line {line_number}: expected 3 columns ({CSV_HEADER}), found {count}.</source>
        <translation>{line_number}행: 열이 3개({CSV_HEADER})여야 하는데 {count}개입니다.</translation>
    </message>
    <message>
        <source>Line {line_number}: stratum &apos;{stratum}&apos; is not one of {codes}.</source>
        <translation>{line_number}행: 층 &apos;{stratum}&apos;은(는) {codes} 중 하나가 아닙니다.</translation>
    </message>
    <message>
        <source>Line {line_number}: arm &apos;{arm}&apos; must be HAI or CONTROL.</source>
        <translation>{line_number}행: 배정군 &apos;{arm}&apos;은(는) HAI 또는 CONTROL이어야 합니다.</translation>
    </message>
    <message>
        <source>Line {line_number}: envelope number &apos;{number}&apos; must look like S1-001.</source>
        <translation>{line_number}행: 봉투 번호 &apos;{number}&apos;은(는) S1-001 형식이어야 합니다.</translation>
    </message>
    <message>
        <source>Line {line_number}: envelope {number} is numbered for {numbered_for} but listed under {stratum}.</source>
        <translation>{line_number}행: 봉투 {number}은(는) {numbered_for}의 번호인데 {stratum} 아래에 있습니다.</translation>
    </message>
    <message>
        <source>Line {line_number}: envelope {number} appears twice (first on line {first_line}).</source>
        <translation>{line_number}행: 봉투 {number}이(가) 두 번 나옵니다(처음은 {first_line}행).</translation>
    </message>
    <message>
        <source>The file has a header but no envelopes.</source>
        <translation>파일에 머리글만 있고 봉투가 없습니다.</translation>
    </message>
    <message>
        <source>{drug}: dose level {level} does not exist (levels 0 to {lowest}).</source>
        <translation>{drug}: 용량 단계 {level}은(는) 없습니다(단계 0부터 {lowest}까지).</translation>
    </message>
    <message>
        <source>Choose the targeted agent: {drugs}.</source>
        <translation>표적 치료제를 선택하십시오: {drugs}.</translation>
    </message>
    <message>
        <source>The protocol data file {path} cannot be read: {exc}.</source>
        <translation>프로토콜 데이터 파일 {path}을(를) 읽을 수 없습니다: {exc}.</translation>
    </message>
    <message>
        <source>The protocol data file {path} is not as expected: {exc}.</source>
        <translation>프로토콜 데이터 파일 {path}의 형식이 올바르지 않습니다: {exc}.</translation>
    </message>
    <message>
        <source>{regimens}/{levels}: invalid entry ({exc}).</source>
        <translation>{regimens}/{levels}: 잘못된 항목({exc}).</translation>
    </message>
    <message>
        <source>{regimens_path}: {id}: minutes must be above zero (a number, or [shortest, longest]).</source>
        <translation>{regimens_path}: {id}: 분은 0보다 커야 합니다(숫자 또는 [최단, 최장]).</translation>
    </message>
    <message>
        <source>{regimens_path}: {id}: give volume_ml or concentration_mg_per_ml, not both.</source>
        <translation>{regimens_path}: {id}: volume_ml 또는 concentration_mg_per_ml 중 하나만 지정하십시오.</translation>
    </message>
    <message>
        <source>{regimens_path}: {id}: basis must be one of {BASES}.</source>
        <translation>{regimens_path}: {id}: basis는 {BASES} 중 하나여야 합니다.</translation>
    </message>
    <message>
        <source>{regimens_path}: {id}: route must be one of {ROUTE_TEXT}.</source>
        <translation>{regimens_path}: {id}: route는 {ROUTE_TEXT} 중 하나여야 합니다.</translation>
    </message>
    <message>
        <source>{levels_path}: no dose levels for {id}.</source>
        <translation>{levels_path}: {id}의 용량 단계가 없습니다.</translation>
    </message>
    <message>
        <source>{levels_path}: level 0 of {id} is {levels:g}, but the protocol dose is {dose:g}.</source>
        <translation>{levels_path}: {id}의 단계 0은 {levels:g}이지만 프로토콜 용량은 {dose:g}입니다.</translation>
    </message>
    <message>
        <source>{levels_path}: the levels of {id} must only go down.</source>
        <translation>{levels_path}: {id}의 단계는 내려가기만 해야 합니다.</translation>
    </message>
    <message>
        <source>{path}: {id}: category must be one of {CATEGORIES}.</source>
        <translation>{path}: {id}: category는 {CATEGORIES} 중 하나여야 합니다.</translation>
    </message>
    <message>
        <source>{path}: {id}: with_drugs names no drug.</source>
        <translation>{path}: {id}: with_drugs에 약물이 없습니다.</translation>
    </message>
    <message>
        <source>{path}: {id}: every item needs its source.</source>
        <translation>{path}: {id}: 모든 항목에 출처가 필요합니다.</translation>
    </message>
    <message>
        <source>{where} uses &apos;{bad}&apos;, an error-prone abbreviation (ISMP).</source>
        <translation>{where}에 오류를 유발하기 쉬운 약어 &apos;{bad}&apos;이(가) 쓰였습니다(ISMP).</translation>
    </message>
    <message>
        <source>Write it out: mcg, subcutaneous, units, daily …</source>
        <translation>풀어서 쓰십시오: mcg, subcutaneous, units, daily …</translation>
    </message>
    <message>
        <source>{where}: &apos;{number}&apos; — write a leading zero and no trailing zero (0.5 mg, 1 mg).</source>
        <translation>{where}: &apos;{number}&apos; — 앞에 0을 쓰고 뒤에 0을 붙이지 마십시오(0.5 mg, 1 mg).</translation>
    </message>
    <message>
        <source>The supportive-care file {path} is invalid: {exc}.</source>
        <translation>보조요법 파일 {path}이(가) 잘못되었습니다: {exc}.</translation>
    </message>
    <message>
        <source>{path}: the item id {id} appears twice.</source>
        <translation>{path}: 항목 id {id}이(가) 두 번 나옵니다.</translation>
    </message>
    <message>
        <source>{path}: {id}: with_drugs names unknown drugs {unknown}.</source>
        <translation>{path}: {id}: with_drugs에 알 수 없는 약물 {unknown}이(가) 있습니다.</translation>
    </message>
    <message>
        <source>The resource file {path} cannot be read: {exc}</source>
        <translation>리소스 파일 {path}을(를) 읽을 수 없습니다: {exc}</translation>
    </message>
    <message>
        <source>{path}: the entry [{name}] is invalid ({problem}).</source>
        <translation>{path}: [{name}] 항목이 잘못되었습니다({problem}).</translation>
    </message>
    <message>
        <source>Enter the {label} (in {unit}).</source>
        <translation>{label}을(를) 입력하십시오(단위: {unit}).</translation>
    </message>
    <message>
        <source>Use a dot for decimals in the {label}, e.g. {example}.</source>
        <translation>{label}의 소수점은 쉼표가 아닌 점으로 입력하십시오(예: {example}).</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a valid {label}: type a number and a unit such as {accepts}.</source>
        <translation>&apos;{text}&apos;은(는) 올바른 {label} 값이 아닙니다. 숫자와 단위를 입력하십시오(예: {accepts}).</translation>
    </message>
    <message>
        <source>The {label} must be a finite number.</source>
        <translation>{label}은(는) 유한한 숫자여야 합니다.</translation>
    </message>
    <message>
        <source>The {label} cannot be negative.</source>
        <translation>{label}은(는) 음수일 수 없습니다.</translation>
    </message>
    <message>
        <source>{shown} {unit} is not a plausible {label} (expected {low}–{high} {unit}): check the value and its unit.</source>
        <translation>{shown} {unit}은(는) 타당한 {label} 값이 아닙니다(예상 범위 {low}–{high} {unit}). 값과 단위를 확인하십시오.</translation>
    </message>
    <message>
        <source>{typed_unit} is not a unit for {quantity}: use {accepts}.</source>
        <translation>{typed_unit}은(는) {quantity}의 단위가 아닙니다. {accepts}을(를) 사용하십시오.</translation>
    </message>
    <message>
        <source>no order sheet was made (see above)</source>
        <translation>처방지가 만들어지지 않았습니다(위 참조)</translation>
    </message>
    <message>
        <source>Nothing was changed: the key file {path} cannot be written ({why}).</source>
        <translation>아무것도 변경되지 않았습니다. 키 파일 {path}에 쓸 수 없습니다({why}).</translation>
    </message>
    <message>
        <source>Free disk space or ask IT to restore write access to the database folder, then try again.</source>
        <translation>디스크 공간을 확보하거나 IT 담당자에게 데이터베이스 폴더의 쓰기 권한 복구를 요청한 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>This workstation&apos;s audit anchor {path} cannot be read.</source>
        <translation>이 워크스테이션의 감사 기준점 {path}을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>There is no user named &apos;{username}&apos;.</source>
        <translation>&apos;{username}&apos;(이)라는 사용자가 없습니다.</translation>
    </message>
    <message>
        <source>{diluent}</source>
        <translation>{diluent}</translation>
    </message>
    <message>
        <source>{volume} mL · {diluent}</source>
        <translation>{volume} mL · {diluent}</translation>
    </message>
    <message>
        <source>{rate} mL/h over {over}</source>
        <translation>{rate} mL/h, {over} 동안</translation>
    </message>
    <message>
        <source>over {over}</source>
        <translation>{over} 동안</translation>
    </message>
    <message>
        <source>That is not an order code: scan the code at the top right of the sheet (HAI-ORDER-…), or type it.</source>
        <translation>처방 코드가 아닙니다. 처방지 오른쪽 위의 코드(HAI-ORDER-…)를 스캔하거나 입력하십시오.</translation>
    </message>
    <message>
        <source>{scanned} is not an order of this database: check that the sheet is this patient&apos;s.</source>
        <translation>{scanned}은(는) 이 데이터베이스의 처방이 아닙니다. 이 환자의 처방지인지 확인하십시오.</translation>
    </message>
    <message>
        <source>The scanned sheet is order #{id}: another patient&apos;s sheet — stop and find this patient&apos;s order.</source>
        <translation>스캔한 처방지는 처방 #{id}입니다: 다른 환자의 처방지입니다 — 중단하고 이 환자의 처방을 찾으십시오.</translation>
    </message>
    <message>
        <source>The scanned sheet is order #{id}: voided, not to be given — take the sheet of order #{order_id}.</source>
        <translation>스캔한 처방지는 처방 #{id}입니다: 무효 처리되어 투여하면 안 됩니다 — 처방 #{order_id}의 처방지를 사용하십시오.</translation>
    </message>
    <message>
        <source>The scanned sheet is order #{id}: rejected, not to be given — take the sheet of order #{order_id}.</source>
        <translation>스캔한 처방지는 처방 #{id}입니다: 반려되어 투여하면 안 됩니다 — 처방 #{order_id}의 처방지를 사용하십시오.</translation>
    </message>
    <message>
        <source>The scanned sheet is order #{id}: this patient&apos;s cycle {other_cycle} order, not the cycle {cycle} order #{order_id}.</source>
        <translation>스캔한 처방지는 처방 #{id}입니다: 이 환자의 {other_cycle}주기 처방이며, {cycle}주기 처방 #{order_id}이(가) 아닙니다.</translation>
    </message>
    <message>
        <source>Enter the record number from the patient&apos;s wristband.</source>
        <translation>환자 팔찌의 등록번호를 입력하십시오.</translation>
    </message>
    <message>
        <source>The record number does not match this patient: check the wristband against the sheet. Do not give.</source>
        <translation>등록번호가 이 환자와 일치하지 않습니다. 팔찌와 처방지를 대조하십시오. 투여하지 마십시오.</translation>
    </message>
    <message>
        <source>Enter the date of birth as the patient states it.</source>
        <translation>환자가 말하는 생년월일을 입력하십시오.</translation>
    </message>
    <message>
        <source>The date of birth does not match this patient: ask again and check the sheet. Do not give.</source>
        <translation>생년월일이 이 환자와 일치하지 않습니다. 다시 묻고 처방지를 확인하십시오. 투여하지 마십시오.</translation>
    </message>
    <message>
        <source>Confirm line {number} ({drug}) against the bag and the pump.</source>
        <translation>{number}번 줄({drug})을 수액백 및 펌프와 대조하여 확인하십시오.</translation>
    </message>
    <message>
        <source>Confirm line {number} ({drug}) that it is not given.</source>
        <translation>{number}번 줄({drug})이 투여되지 않음을 확인하십시오.</translation>
    </message>
    <message>
        <source>{full_name} still has a temporary password: they choose their own before they can check an order.</source>
        <translation>{full_name}님은 아직 임시 비밀번호를 사용 중입니다: 자신의 비밀번호를 정한 뒤에야 처방을 확인할 수 있습니다.</translation>
    </message>
    <message>
        <source>They sign in once (the window asks for a new password at once), then check the order.</source>
        <translation>먼저 한 번 로그인한 뒤(창에서 바로 새 비밀번호를 묻습니다) 처방을 확인하십시오.</translation>
    </message>
    <message>
        <source>{full_name} is a {role}: the double check is made by two infusion nurses.</source>
        <translation>{full_name}은(는) {role}입니다. 이중 확인은 주사실 간호사 두 명이 합니다.</translation>
    </message>
    <message>
        <source>Both checks are done: the order can be given.</source>
        <translation>두 확인이 모두 끝났습니다. 처방을 투여할 수 있습니다.</translation>
    </message>
    <message>
        <source>{full_name} has checked this order already: the other check is made by another nurse, on their own.</source>
        <translation>{full_name}은(는) 이미 이 처방을 확인했습니다. 다른 확인은 다른 간호사가 독립적으로 합니다.</translation>
    </message>
    <message>
        <source>{drug}: the dose given must be a number of mg.</source>
        <translation>{drug}: 투여 용량은 mg 단위 숫자여야 합니다.</translation>
    </message>
    <message>
        <source>{drug}: the dose given cannot be negative.</source>
        <translation>{drug}: 투여 용량은 음수일 수 없습니다.</translation>
    </message>
    <message>
        <source>{label}: enter the start time.</source>
        <translation>{label}: 시작 시각을 입력하십시오.</translation>
    </message>
    <message>
        <source>{label}: the start time is in the future.</source>
        <translation>{label}: 시작 시각이 미래입니다.</translation>
    </message>
    <message>
        <source>{label}: enter the end time.</source>
        <translation>{label}: 종료 시각을 입력하십시오.</translation>
    </message>
    <message>
        <source>{label}: the end time is in the future; record the pump&apos;s end when it is disconnected.</source>
        <translation>{label}: 종료 시각이 미래입니다. 펌프 종료는 분리할 때 기록하십시오.</translation>
    </message>
    <message>
        <source>{label}: the end time is in the future.</source>
        <translation>{label}: 종료 시각이 미래입니다.</translation>
    </message>
    <message>
        <source>{label}: the end must be after the start.</source>
        <translation>{label}: 종료는 시작 이후여야 합니다.</translation>
    </message>
    <message>
        <source>{label}: {minutes} is {check} ({ordered} ordered; within ±{tolerance:g} % [site rule] needs no reason). Check the times, or give the reason.</source>
        <translation>{label}: {minutes}은(는) {check}입니다(처방 {ordered}. ±{tolerance:g} % 이내[기관 규칙]는 사유가 필요 없습니다). 시각을 확인하거나 사유를 입력하십시오.</translation>
    </message>
    <message>
        <source>Enter the dose of {label} actually given (mg; 0 if it was not given).</source>
        <translation>실제 투여한 {label}의 용량을 입력하십시오(mg, 투여하지 않았으면 0).</translation>
    </message>
    <message>
        <source>{label}: {change} — more than ordered is a medication error. Check the amount; if it was really given, confirm it and give the reason: the investigator is told.</source>
        <translation>{label}: {change} — 처방보다 많은 양은 투약 오류입니다. 양을 확인하고, 실제로 투여했다면 확인한 후 사유를 입력하십시오. 연구자에게 통보됩니다.</translation>
    </message>
    <message>
        <source>{label}: {change}. Give the reason for the difference.</source>
        <translation>{label}: {change}. 차이의 사유를 입력하십시오.</translation>
    </message>
    <message>
        <source>oxaliplatin HAI: enter the start time.</source>
        <translation>oxaliplatin HAI: 시작 시각을 입력하십시오.</translation>
    </message>
    <message>
        <source>oxaliplatin HAI: the start time is in the future.</source>
        <translation>oxaliplatin HAI: 시작 시각이 미래입니다.</translation>
    </message>
    <message>
        <source>{reason}. The HAI line cannot be recorded as given: record it as not given (0 mg) and give the systemic drugs, or inspect the catheter (or ask the investigator for an override for today) first.</source>
        <translation>{reason}. HAI 줄을 투여한 것으로 기록할 수 없습니다. 투여하지 않음(0 mg)으로 기록하고 전신 약물을 투여하거나, 먼저 카테터를 점검하십시오(또는 연구자에게 오늘의 예외 승인을 요청하십시오).</translation>
    </message>
    <message>
        <source>The HAI line was not part of the double check (it was withheld then): both nurses check the order again before it is given.</source>
        <translation>HAI 줄은 이중 확인에 포함되지 않았습니다(당시 보류 상태). 투여 전에 두 간호사가 처방을 다시 확인하십시오.</translation>
    </message>
    <message>
        <source>{drug_id}: the catheter was inspected at {inspected_at:%H:%M}, after the HAI infusion started at {start:%H:%M}; the catheter is inspected before each use.</source>
        <translation>{drug_id}: 카테터 점검이 {inspected_at:%H:%M}에 있었는데 HAI 주입은 {start:%H:%M}에 시작되었습니다. 카테터는 매번 사용 전에 점검합니다.</translation>
    </message>
    <message>
        <source>The independent double check is not complete ({done} of 2): two nurses check the order at the chair before it is given.</source>
        <translation>독립 이중 확인이 완료되지 않았습니다({done}/2). 투여 전에 두 간호사가 의자 옆에서 처방을 확인합니다.</translation>
    </message>
    <message>
        <source>The nurse who gives the order is one of the two who checked it at the chair.</source>
        <translation>처방을 투여하는 간호사는 의자 옆에서 확인한 두 사람 중 한 명이어야 합니다.</translation>
    </message>
    <message>
        <source>Order #{order_id} has no running {drug_id} to disconnect.</source>
        <translation>처방 #{order_id}에는 분리할 진행 중인 {drug_id}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Enter the {what}.</source>
        <translation>{what}을(를) 입력하십시오.</translation>
    </message>
    <message>
        <source>The {what} is longer than {MAX_TEXT} characters: shorten it.</source>
        <translation>{what}이(가) {MAX_TEXT}자를 넘습니다. 줄이십시오.</translation>
    </message>
    <message>
        <source>Choose the kind: {CATEGORIES}.</source>
        <translation>종류를 선택하십시오: {CATEGORIES}.</translation>
    </message>
    <message>
        <source>Choose the severity: {SEVERITIES}.</source>
        <translation>중증도를 선택하십시오: {SEVERITIES}.</translation>
    </message>
    <message>
        <source>The date cannot be in the future.</source>
        <translation>날짜는 미래일 수 없습니다.</translation>
    </message>
    <message>
        <source>That patient is not in the registry.</source>
        <translation>그 환자는 등록부에 없습니다.</translation>
    </message>
    <message>
        <source>ALLERGY CHECK: recorded {kind} to {allergen} ({severity}; {reaction}) — {drug} is on this order</source>
        <translation>알레르기 확인: {allergen}에 대한 {kind} 기록 있음 ({severity}; {reaction}) — 이 처방에 {drug}이(가) 있습니다</translation>
    </message>
    <message>
        <source>infusion reaction</source>
        <translation>주입 반응</translation>
    </message>
    <message>
        <source>reaction not recorded</source>
        <translation>반응 기록 없음</translation>
    </message>
    <message>
        <source>Give the reason for the correction.</source>
        <translation>수정 사유를 입력하십시오.</translation>
    </message>
    <message>
        <source>allergy</source>
        <translation>알레르기</translation>
    </message>
    <message>
        <source>Allergies are recorded ({live}): void the ones recorded in error before stating there are none.</source>
        <translation>기록된 알레르기가 있습니다({live}). 없다고 기록하기 전에 잘못 기록된 것을 무효 처리하십시오.</translation>
    </message>
    <message>
        <source>&apos;no known allergies&apos; statement</source>
        <translation>&apos;알려진 알레르기 없음&apos; 기록</translation>
    </message>
    <message>
        <source>There is no &apos;no known allergies&apos; statement to void.</source>
        <translation>무효 처리할 &apos;알려진 알레르기 없음&apos; 기록이 없습니다.</translation>
    </message>
    <message>
        <source>{path} already exists; nothing was written. Choose a new file name (a backup never overwrites).</source>
        <translation>{path}이(가) 이미 있습니다. 아무것도 쓰지 않았습니다. 새 파일 이름을 선택하십시오(백업은 덮어쓰지 않습니다).</translation>
    </message>
    <message>
        <source>The backup cannot be the database itself.</source>
        <translation>백업 대상이 데이터베이스 자신일 수는 없습니다.</translation>
    </message>
    <message>
        <source>The backup to {target} failed: {strerror}. Nothing was changed in the database.</source>
        <translation>{target}(으)로 백업하지 못했습니다: {strerror}. 데이터베이스는 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>Check the folder exists, is writable and has space.</source>
        <translation>폴더가 있는지, 쓰기 가능한지, 공간이 있는지 확인하십시오.</translation>
    </message>
    <message>
        <source>The backup to {target} failed: {exc}. Nothing was changed in the database.</source>
        <translation>{target}(으)로 백업하지 못했습니다: {exc}. 데이터베이스는 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>{path} is not there; a backup is the database file and its key file side by side.</source>
        <translation>{path}이(가) 없습니다. 백업은 데이터베이스 파일과 키 파일이 나란히 있는 것입니다.</translation>
    </message>
    <message>
        <source>The backup cannot be opened: {message} Nothing was restored.</source>
        <translation>백업을 열 수 없습니다: {message} 아무것도 복원하지 않았습니다.</translation>
    </message>
    <message>
        <source>The backup failed verification: {first_problem}. Nothing was restored.</source>
        <translation>백업이 검증에 실패했습니다: {first_problem}. 아무것도 복원하지 않았습니다.</translation>
    </message>
    <message>
        <source>Use an earlier backup; keep this one for inspection.</source>
        <translation>이전 백업을 사용하고, 이 백업은 조사를 위해 보관하십시오.</translation>
    </message>
    <message>
        <source>the HAI catheter is recorded for experimental-arm patients on study</source>
        <translation>HAI 카테터는 연구 중인 실험군 환자에게만 기록합니다</translation>
    </message>
    <message>
        <source>{screening_number} is in the control arm: there is no HAI catheter to record.</source>
        <translation>{screening_number}은(는) 대조군입니다. 기록할 HAI 카테터가 없습니다.</translation>
    </message>
    <message>
        <source>Enter the date of the event.</source>
        <translation>사건 날짜를 입력하십시오.</translation>
    </message>
    <message>
        <source>Name the operator who did it (the interventional radiologist, surgeon or investigator).</source>
        <translation>시술자(중재영상의학과 의사, 외과의 또는 연구자)를 입력하십시오.</translation>
    </message>
    <message>
        <source>Give the reason for the {NEEDS_REASON} of the catheter.</source>
        <translation>카테터 {NEEDS_REASON}의 사유를 입력하십시오.</translation>
    </message>
    <message>
        <source>Enter where the port is (port location).</source>
        <translation>포트 위치를 입력하십시오.</translation>
    </message>
    <message>
        <source>Enter the catheter tip position.</source>
        <translation>카테터 끝 위치를 입력하십시오.</translation>
    </message>
    <message>
        <source>The access route is recorded at implantation or reinsertion.</source>
        <translation>접근 경로는 삽입 또는 재삽입 시에 기록합니다.</translation>
    </message>
    <message>
        <source>catheter event</source>
        <translation>카테터 사건</translation>
    </message>
    <message>
        <source>Without this event the catheter record no longer holds together: the {kind} of {occurred_on} — {message} Void the later events first.</source>
        <translation>이 사건이 없으면 카테터 기록의 앞뒤가 맞지 않습니다: {occurred_on}의 {kind} — {message} 이후 사건부터 무효 처리하십시오.</translation>
    </message>
    <message>
        <source>Enter the time of the inspection of {inspected_on}.</source>
        <translation>{inspected_on} 점검 시각을 입력하십시오.</translation>
    </message>
    <message>
        <source>The time {given:%d %b %Y %H:%M} is not on the inspection date {inspected_on}.</source>
        <translation>시각 {given:%d %b %Y %H:%M}이(가) 점검 날짜 {inspected_on}이(가) 아닙니다.</translation>
    </message>
    <message>
        <source>The inspection time is in the future.</source>
        <translation>점검 시각이 미래입니다.</translation>
    </message>
    <message>
        <source>Enter the result of the last angiographic or perfusion check.</source>
        <translation>마지막 혈관조영 또는 관류 확인 결과를 입력하십시오.</translation>
    </message>
    <message>
        <source>Enter the date of the last angiographic or perfusion check.</source>
        <translation>마지막 혈관조영 또는 관류 확인 날짜를 입력하십시오.</translation>
    </message>
    <message>
        <source>inspection</source>
        <translation>점검</translation>
    </message>
    <message>
        <source>catheter inspection</source>
        <translation>카테터 점검</translation>
    </message>
    <message>
        <source>{screening_number} is in the control arm: there is no HAI infusion.</source>
        <translation>{screening_number}은(는) 대조군입니다. HAI 주입이 없습니다.</translation>
    </message>
    <message>
        <source>No catheter is in place (catheter: {state}): there is no HAI infusion to report pain for.</source>
        <translation>삽입된 카테터가 없습니다(카테터: {state}). 통증을 보고할 HAI 주입이 없습니다.</translation>
    </message>
    <message>
        <source>There is no order #{order_id} for this patient.</source>
        <translation>이 환자에게 처방 #{order_id}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Choose where the pain is: {PAIN_LOCATIONS}.</source>
        <translation>통증 부위를 선택하십시오: {PAIN_LOCATIONS}.</translation>
    </message>
    <message>
        <source>Say whether the infusion was stopped or continued.</source>
        <translation>주입을 중단했는지 계속했는지 입력하십시오.</translation>
    </message>
    <message>
        <source>Say what was done (e.g. infusion stopped, analgesia, interventional radiology called).</source>
        <translation>취한 조치를 입력하십시오(예: 주입 중단, 진통제, 중재영상의학과 호출).</translation>
    </message>
    <message>
        <source>The time of the pain report is in the future.</source>
        <translation>통증 보고 시각이 미래입니다.</translation>
    </message>
    <message>
        <source>pain during HAI reported {day} {time} ({location}, infusion {infusion})</source>
        <translation>{day} {time}에 HAI 중 통증 보고됨 ({location}, 주입 {infusion})</translation>
    </message>
    <message>
        <source>the inspection of {day} asked for it</source>
        <translation>{day} 점검에서 요청됨</translation>
    </message>
    <message>
        <source>HAI gate overridden by {name}: {reason}</source>
        <translation>{name}이(가) HAI 투여 판정을 예외 승인함: {reason}</translation>
    </message>
    <message>
        <source>HAI gate ({day}): {reason}</source>
        <translation>HAI 투여 판정 ({day}): {reason}</translation>
    </message>
    <message>
        <source>HAI withheld — no valid catheter inspection: {why} — the systemic drugs go ahead</source>
        <translation>HAI 보류 — 유효한 카테터 점검 없음: {why} — 전신 약물은 예정대로 투여합니다</translation>
    </message>
    <message>
        <source>There is no order #{order}.</source>
        <translation>처방 #{order}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>No HAI on this order — the HAI line is stopped</source>
        <translation>이 처방에는 HAI가 없습니다 — HAI 항목이 중단되었습니다</translation>
    </message>
    <message>
        <source>Give the reason for letting HAI run without a valid catheter inspection.</source>
        <translation>유효한 카테터 점검 없이 HAI를 진행하는 사유를 입력하십시오.</translation>
    </message>
    <message>
        <source>There is no order #{order_id}.</source>
        <translation>처방 #{order_id}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Order #{order_id} is {status}: its HAI line can no longer be given.</source>
        <translation>처방 #{order_id}은(는) {status} 상태입니다. 이 처방의 HAI 줄은 더 이상 투여할 수 없습니다.</translation>
    </message>
    <message>
        <source>{reason}: there is nothing to override.</source>
        <translation>{reason}: 예외 승인할 것이 없습니다.</translation>
    </message>
    <message>
        <source>The HAI gate of order #{order_id} is already overridden today by {override_by}.</source>
        <translation>처방 #{order_id}의 HAI 차단은 오늘 이미 {override_by}이(가) 예외 승인했습니다.</translation>
    </message>
    <message>
        <source>{reason}: the HAI line may run; no override is needed.</source>
        <translation>{reason}: HAI 줄을 진행할 수 있습니다. 예외 승인이 필요 없습니다.</translation>
    </message>
    <message>
        <source>{reason}. An override cannot help: there is no catheter in place to infuse through.</source>
        <translation>{reason}. 예외 승인으로 해결되지 않습니다. 주입할 카테터가 삽입되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>HAI catheter removed on {day}: the HAI line is withheld on every order until the catheter is reinserted and inspected fit</source>
        <translation>{day}에 HAI 카테터 제거됨: 카테터를 재삽입하고 점검에서 적합 판정을 받을 때까지 모든 처방의 HAI 항목이 보류됩니다</translation>
    </message>
    <message>
        <source>No HAI catheter recorded: the HAI line is withheld until the implantation and a fit inspection are recorded</source>
        <translation>기록된 HAI 카테터 없음: 삽입과 적합 점검이 기록될 때까지 HAI 항목이 보류됩니다</translation>
    </message>
    <message>
        <source>A pain report stays on the record; add a note in a new report if it was wrong.</source>
        <translation>통증 보고는 기록에 남습니다. 잘못되었다면 새 보고에 메모를 추가하십시오.</translation>
    </message>
    <message>
        <source>operator: {value}</source>
        <translation>시술자: {value}</translation>
    </message>
    <message>
        <source>reason: {value}</source>
        <translation>사유: {value}</translation>
    </message>
    <message>
        <source>access route: {value}</source>
        <translation>접근 경로: {value}</translation>
    </message>
    <message>
        <source>port: {value}</source>
        <translation>포트: {value}</translation>
    </message>
    <message>
        <source>tip: {value}</source>
        <translation>끝 위치: {value}</translation>
    </message>
    <message>
        <source>notes: {value}</source>
        <translation>메모: {value}</translation>
    </message>
    <message>
        <source>findings: {list}</source>
        <translation>소견: {list}</translation>
    </message>
    <message>
        <source>findings: none</source>
        <translation>소견: 없음</translation>
    </message>
    <message>
        <source>explanation: {value}</source>
        <translation>설명: {value}</translation>
    </message>
    <message>
        <source>action: {value}</source>
        <translation>조치: {value}</translation>
    </message>
    <message>
        <source>needle: {value}</source>
        <translation>바늘: {value}</translation>
    </message>
    <message>
        <source>last perfusion check: {day} ({result})</source>
        <translation>최근 관류 검사: {day} ({result})</translation>
    </message>
    <message>
        <source>perfusion check due</source>
        <translation>관류 검사 필요</translation>
    </message>
    <message>
        <source>order #{order}; infusion {infusion}; action: {action}</source>
        <translation>처방 #{order}; 주입 {infusion}; 조치: {action}</translation>
    </message>
    <message>
        <source>infusion {infusion}; action: {action}</source>
        <translation>주입 {infusion}; 조치: {action}</translation>
    </message>
    <message>
        <source>The file {path} could not be written: {strerror}.</source>
        <translation>파일 {path}을(를) 쓸 수 없습니다: {strerror}.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>기록 없음</translation>
    </message>
    <message>
        <source>in place, HAI ended {day}</source>
        <translation>유치 중, HAI 종료 {day}</translation>
    </message>
    <message>
        <source>needs IR review</source>
        <translation>IR 검토 필요</translation>
    </message>
    <message>
        <source>fit for HAI today</source>
        <translation>오늘 HAI 사용 적합</translation>
    </message>
    <message>
        <source>inspect before HAI</source>
        <translation>HAI 전 점검 필요</translation>
    </message>
    <message>
        <source>{screening_number} is not randomized: the HAI catheter is recorded for experimental-arm patients on study.</source>
        <translation>{screening_number}은(는) 무작위배정되지 않았습니다. HAI 카테터는 연구 중인 실험군 환자에게 기록합니다.</translation>
    </message>
    <message>
        <source>{display_id} is in the control arm ({arm}): no HAI, so there is no catheter log to print.</source>
        <translation>{display_id}은(는) 대조군({arm})입니다. HAI가 없으므로 출력할 카테터 기록이 없습니다.</translation>
    </message>
    <message>
        <source>your HAI competency expired on {day}</source>
        <translation>HAI 교육 이수가 {day}에 만료되었습니다</translation>
    </message>
    <message>
        <source>no HAI competency is recorded for you</source>
        <translation>HAI 교육 이수 기록이 없습니다</translation>
    </message>
    <message>
        <source>Only staff trained in HAI may {doing} (protocol): {why}.</source>
        <translation>HAI 교육을 받은 직원만 {doing}할 수 있습니다(프로토콜): {why}.</translation>
    </message>
    <message>
        <source>Ask a colleague with a valid HAI competency, or an administrator to record your training (Administration → HAI competency).</source>
        <translation>유효한 HAI 자격이 있는 동료에게 요청하거나, 관리자에게 교육 기록을 요청하십시오(관리 → HAI 자격).</translation>
    </message>
    <message>
        <source>The training date cannot be in the future.</source>
        <translation>교육 날짜는 미래일 수 없습니다.</translation>
    </message>
    <message>
        <source>Name who trained and assessed the person.</source>
        <translation>교육하고 평가한 사람을 입력하십시오.</translation>
    </message>
    <message>
        <source>There is no user &apos;{username}&apos;.</source>
        <translation>&apos;{username}&apos; 사용자가 없습니다.</translation>
    </message>
    <message>
        <source>{full_name}&apos;s account is deactivated.</source>
        <translation>{full_name}의 계정은 비활성화되어 있습니다.</translation>
    </message>
    <message>
        <source>Training on {trained_on:%d %b %Y} would have expired on {valid_until:%d %b %Y} [site rule: {session} months]: record the most recent training.</source>
        <translation>{trained_on:%d %b %Y}의 교육은 {valid_until:%d %b %Y}에 만료되었을 것입니다 [기관 규칙: {session}개월]. 가장 최근 교육을 기록하십시오.</translation>
    </message>
    <message>
        <source>HAI competency</source>
        <translation>HAI 자격</translation>
    </message>
    <message>
        <source>Demo passwords are only ever set in a TRAINING database.</source>
        <translation>데모 비밀번호는 교육용(TRAINING) 데이터베이스에서만 설정합니다.</translation>
    </message>
    <message>
        <source>{drug}: write the levels as numbers separated by commas, e.g. 180, 150, 120.</source>
        <translation>{drug}: 단계를 쉼표로 구분한 숫자로 입력하십시오(예: 180, 150, 120).</translation>
    </message>
    <message>
        <source>{drug}: every level must be a dose above zero.</source>
        <translation>{drug}: 모든 단계는 0보다 큰 용량이어야 합니다.</translation>
    </message>
    <message>
        <source>{drug}: levels must go down from the protocol dose (a reduced dose is never increased again).</source>
        <translation>{drug}: 단계는 프로토콜 용량에서 내려가야 합니다(감량한 용량은 다시 올리지 않습니다).</translation>
    </message>
    <message>
        <source>There is no drug &apos;{drug}&apos; in the regimens.</source>
        <translation>요법에 &apos;{drug}&apos; 약물이 없습니다.</translation>
    </message>
    <message>
        <source>{drug}: level 0 must be the protocol dose, {protocol_dose:g}.</source>
        <translation>{drug}: 단계 0은 프로토콜 용량 {protocol_dose:g}이어야 합니다.</translation>
    </message>
    <message>
        <source>The rounding increment must be 0–100 mg.</source>
        <translation>반올림 단위는 0–100 mg이어야 합니다.</translation>
    </message>
    <message>
        <source>The rounding limit must be above 0 and at most 10 % (HOPA).</source>
        <translation>반올림 한도는 0보다 크고 10 % 이하여야 합니다(HOPA).</translation>
    </message>
    <message>
        <source>Give the source of the new levels.</source>
        <translation>새 단계의 출처를 입력하십시오.</translation>
    </message>
    <message>
        <source>Give the reason for the change.</source>
        <translation>변경 사유를 입력하십시오.</translation>
    </message>
    <message>
        <source>The archive password needs at least {ARCHIVE_PASSWORD_MIN} characters (it has {count}): the archive leaves this workstation, so choose a long one.</source>
        <translation>보관 파일 비밀번호는 {ARCHIVE_PASSWORD_MIN}자 이상이어야 합니다(현재 {count}자). 보관 파일은 이 워크스테이션 밖으로 나가므로 긴 비밀번호를 선택하십시오.</translation>
    </message>
    <message>
        <source>The archive password must not start or end with a space.</source>
        <translation>보관 파일 비밀번호는 공백으로 시작하거나 끝날 수 없습니다.</translation>
    </message>
    <message>
        <source>The archive password is too easy to guess: use more different characters.</source>
        <translation>보관 파일 비밀번호가 너무 쉽습니다. 더 다양한 문자를 사용하십시오.</translation>
    </message>
    <message>
        <source>Name the new folder for the export.</source>
        <translation>내보내기용 새 폴더 이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>The folder {parent} does not exist: choose an existing folder to put the export in.</source>
        <translation>폴더 {parent}이(가) 없습니다. 내보낼 기존 폴더를 선택하십시오.</translation>
    </message>
    <message>
        <source>{path} already exists: choose a new name for the export (nothing is ever overwritten).</source>
        <translation>{path}이(가) 이미 있습니다. 내보내기에 새 이름을 선택하십시오(덮어쓰지 않습니다).</translation>
    </message>
    <message>
        <source>Give the reason for the export (e.g. &apos;interim analysis for the DSMB&apos;): it is kept in the audit trail.</source>
        <translation>내보내기 사유를 입력하십시오(예: &apos;DSMB를 위한 중간 분석&apos;). 감사 추적에 보관됩니다.</translation>
    </message>
    <message>
        <source>An identified export needs your password as a second confirmation.</source>
        <translation>식별 가능한 내보내기에는 두 번째 확인으로 비밀번호가 필요합니다.</translation>
    </message>
    <message>
        <source>The export could not be written to {parent}: {strerror}. Nothing of it was kept.</source>
        <translation>내보내기를 {parent}에 쓸 수 없습니다: {strerror}. 아무것도 남지 않았습니다.</translation>
    </message>
    <message>
        <source>Enter the date the sample was taken.</source>
        <translation>검체 채취 날짜를 입력하십시오.</translation>
    </message>
    <message>
        <source>The sample date cannot be in the future.</source>
        <translation>검체 날짜는 미래일 수 없습니다.</translation>
    </message>
    <message>
        <source>lab results are graded for patients on study</source>
        <translation>검사 결과는 연구 중인 환자에게만 등급을 산정합니다</translation>
    </message>
    <message>
        <source>lab result</source>
        <translation>검사 결과</translation>
    </message>
    <message>
        <source>Dose levels not confirmed by the investigator</source>
        <translation>연구자가 용량 단계를 확인하지 않았습니다</translation>
    </message>
    <message>
        <source>{drug} was stopped for this patient: it is not given again.</source>
        <translation>이 환자에게 {drug}은(는) 중단되었습니다. 다시 투여하지 않습니다.</translation>
    </message>
    <message>
        <source>{drug} is at dose level {level}: a reduced dose is never increased again (protocol).</source>
        <translation>{drug}은(는) 용량 단계 {level}입니다. 감량한 용량은 다시 올리지 않습니다(프로토콜).</translation>
    </message>
    <message>
        <source>{drug} has no dose level {new_level} (lowest: {lowest}).</source>
        <translation>{drug}에는 용량 단계 {new_level}이(가) 없습니다(최저: {lowest}).</translation>
    </message>
    <message>
        <source>Give the reason for reducing {drug} (e.g. the toxicity it answers).</source>
        <translation>{drug} 감량 사유를 입력하십시오(예: 해당 독성).</translation>
    </message>
    <message>
        <source>{screening_number} is not randomized and on treatment: orders are written only for randomized patients.</source>
        <translation>{screening_number}은(는) 무작위배정되어 치료 중인 환자가 아닙니다. 처방은 무작위배정된 환자에게만 작성합니다.</translation>
    </message>
    <message>
        <source>The protocol allows at most {max_cycles} cycles.</source>
        <translation>프로토콜은 최대 {max_cycles}주기까지 허용합니다.</translation>
    </message>
    <message>
        <source>Height and weight cannot be measured after day 1.</source>
        <translation>신장과 체중은 1일차 이후에 측정할 수 없습니다.</translation>
    </message>
    <message>
        <source>BSA capped at {cap:g} m² [site rule] (calculated {bsa:.2f})</source>
        <translation>BSA를 {cap:g} m²로 제한함 [기관 규칙] (계산값 {bsa:.2f})</translation>
    </message>
    <message>
        <source>BSA {magnitude:.2f} m² is outside {low:g}–{high:g} m² [site rule]: check height and weight, then confirm the unusual BSA.</source>
        <translation>체표면적 {magnitude:.2f} m²이(가) {low:g}–{high:g} m² 범위를 벗어납니다 [기관 규칙]. 신장과 체중을 확인한 후 비정상적인 체표면적을 확인하십시오.</translation>
    </message>
    <message>
        <source>Weight changed {change:+.1f} % since cycle {cycle} ({weight:g} kg): BSA recalculated [site rule: re-weigh at ±{percent:g} %]</source>
        <translation>{cycle}주기({weight:g} kg) 이후 체중이 {change:+.1f} % 변함: BSA 재계산 [기관 규칙: ±{percent:g} %에서 재측정]</translation>
    </message>
    <message>
        <source>Hold: {holds}. Proceeding needs the investigator&apos;s reason.</source>
        <translation>보류: {holds}. 진행하려면 연구자의 사유가 필요합니다.</translation>
    </message>
    <message>
        <source>Give the reason for stopping {name}.</source>
        <translation>{name} 중단 사유를 입력하십시오.</translation>
    </message>
    <message>
        <source>{oxaliplatin_due}: a dose decision is due — reduce, stop, or continue at the same level with the reason.</source>
        <translation>{oxaliplatin_due}: 용량 결정이 필요합니다 — 감량, 중단 또는 사유와 함께 같은 단계로 계속.</translation>
    </message>
    <message>
        <source>Grade the peripheral sensory neuropathy (CTCAE v4.03, 0 if none) before this oxaliplatin dose, with the date it was assessed.</source>
        <translation>이번 oxaliplatin 투여 전에 말초 감각 신경병증 등급(CTCAE v4.03, 없으면 0)과 평가 날짜를 입력하십시오.</translation>
    </message>
    <message>
        <source>The neuropathy grade is 0 to 4.</source>
        <translation>신경병증 등급은 0에서 4입니다.</translation>
    </message>
    <message>
        <source>The neuropathy assessment must be from the {window} days before day 1 (it is made before each oxaliplatin dose).</source>
        <translation>신경병증 평가는 1일차 전 {window}일 이내여야 합니다(oxaliplatin 투여마다 평가합니다).</translation>
    </message>
    <message>
        <source>grade {grade} peripheral sensory neuropathy before oxaliplatin HAI (cycle {cycle}; at grade {limit} or more [site rule])</source>
        <translation>oxaliplatin HAI 전 말초 감각 신경병증 {grade}등급 ({cycle}주기; {limit}등급 이상 [기관 규칙])</translation>
    </message>
    <message>
        <source>stop — {reason}</source>
        <translation>중단 — {reason}</translation>
    </message>
    <message>
        <source>reduce to level {level} — {reason}</source>
        <translation>{level}단계로 감량 — {reason}</translation>
    </message>
    <message>
        <source>continue at level {level} — {reason}</source>
        <translation>{level}단계로 계속 — {reason}</translation>
    </message>
    <message>
        <source>Dose decision for oxaliplatin HAI after {due}: {answer}</source>
        <translation>{due} 이후 oxaliplatin HAI 용량 결정: {answer}</translation>
    </message>
    <message>
        <source>{drug} {dose:g} mg over {duration} is {rate:.1f} mg/min, above the labelled maximum of {limit:g} mg/min: run it over at least {need} min</source>
        <translation>{drug} {dose:g} mg을 {duration} 동안 주입하면 {rate:.1f} mg/min으로 허가 최대 속도 {limit:g} mg/min을 넘습니다: 최소 {need}분 동안 주입하십시오</translation>
    </message>
    <message>
        <source>Enter the pre-cycle ANC and platelets with the date of the test.</source>
        <translation>주기 전 ANC와 혈소판을 검사 날짜와 함께 입력하십시오.</translation>
    </message>
    <message>
        <source>The pre-cycle labs cannot be dated after day 1.</source>
        <translation>주기 전 검사 결과는 1일차 이후 날짜일 수 없습니다.</translation>
    </message>
    <message>
        <source>ANC {anc} is below {anc_min} [site rule]</source>
        <translation>ANC {anc}이(가) {anc_min} 미만입니다 [기관 규칙]</translation>
    </message>
    <message>
        <source>platelets {platelets} are below {platelets_min} [site rule]</source>
        <translation>혈소판 {platelets}이(가) {platelets_min} 미만입니다 [기관 규칙]</translation>
    </message>
    <message>
        <source>Cetuximab is for RAS wild-type disease [site rule]; this patient is RAS {ras}, BRAF {braf}. Choose bevacizumab or give the override reason.</source>
        <translation>Cetuximab은 RAS 야생형 질환에 사용합니다 [기관 규칙]. 이 환자는 RAS {ras}, BRAF {braf}입니다. bevacizumab을 선택하거나 예외 사유를 입력하십시오.</translation>
    </message>
    <message>
        <source>There is no order #{supersedes} for this patient.</source>
        <translation>이 환자에게 처방 #{supersedes}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Order #{supersedes} is {status} and cannot be superseded.</source>
        <translation>처방 #{supersedes}은(는) {status} 상태여서 대체할 수 없습니다.</translation>
    </message>
    <message>
        <source>Order #{id} is {status}: it cannot be {doing} now.</source>
        <translation>처방 #{id}은(는) {status} 상태입니다. 지금은 {doing}할 수 없습니다.</translation>
    </message>
    <message>
        <source>Order #{order_id} no longer matches what was signed: it was changed outside the application. Void it and write a new one.</source>
        <translation>처방 #{order_id}이(가) 서명된 내용과 더 이상 일치하지 않습니다. 애플리케이션 밖에서 변경되었습니다. 무효 처리하고 새로 작성하십시오.</translation>
    </message>
    <message>
        <source>The second check must be made by another nurse.</source>
        <translation>두 번째 확인은 다른 간호사가 해야 합니다.</translation>
    </message>
    <message>
        <source>Order #{id} cannot be signed: the patient&apos;s allergies are not recorded (not yet asked).</source>
        <translation>처방 #{id}에 서명할 수 없습니다. 환자의 알레르기가 기록되지 않았습니다(아직 묻지 않음).</translation>
    </message>
    <message>
        <source>Ask the patient and record the allergies, or &apos;no known allergies&apos; with who asked and when (Patients → Allergies…).</source>
        <translation>환자에게 묻고 알레르기를 기록하거나, 누가 언제 물었는지와 함께 &apos;알려진 알레르기 없음&apos;을 기록하십시오(환자 → 알레르기…).</translation>
    </message>
    <message>
        <source>Say why the order is rejected.</source>
        <translation>처방을 반려하는 이유를 입력하십시오.</translation>
    </message>
    <message>
        <source>Give the reason for voiding the order.</source>
        <translation>처방 무효 처리 사유를 입력하십시오.</translation>
    </message>
    <message>
        <source>Order #{order_id} is {status}: only a pharmacist-verified order is printed. Use the preview, marked DRAFT — NOT FOR ADMINISTRATION.</source>
        <translation>처방 #{order_id}은(는) {status} 상태입니다. 약사가 검증한 처방만 출력합니다. 초안 — 투여용 아님으로 표시된 미리 보기를 사용하십시오.</translation>
    </message>
    <message>
        <source>Status must be wild type, mutant or unknown.</source>
        <translation>상태는 야생형, 돌연변이 또는 미상이어야 합니다.</translation>
    </message>
    <message>
        <source>Name the source (e.g. the pathology report).</source>
        <translation>출처를 입력하십시오(예: 병리 보고서).</translation>
    </message>
    <message>
        <source>the resection outcome is recorded for randomized patients</source>
        <translation>절제 결과는 무작위배정된 환자에게만 기록합니다</translation>
    </message>
    <message>
        <source>{screening_number} is not randomized: {what}.</source>
        <translation>{screening_number}은(는) 무작위배정되지 않았습니다: {what}.</translation>
    </message>
    <message>
        <source>The outcome of {display_id} is already recorded.</source>
        <translation>{display_id}의 결과가 이미 기록되어 있습니다.</translation>
    </message>
    <message>
        <source>follow-up is recorded for randomized patients</source>
        <translation>추적 관찰은 무작위 배정된 환자에게 기록합니다</translation>
    </message>
    <message>
        <source>follow-up contact</source>
        <translation>추적 관찰 연락</translation>
    </message>
    <message>
        <source>The end of {what} of {display_id} is already recorded.</source>
        <translation>{display_id}의 {what} 종료는 이미 기록되어 있습니다.</translation>
    </message>
    <message>
        <source>Correct it with the reason for the change.</source>
        <translation>변경 사유와 함께 수정하십시오.</translation>
    </message>
    <message>
        <source>Give the reason for correcting the end of treatment.</source>
        <translation>치료 종료를 수정하는 사유를 입력하십시오.</translation>
    </message>
    <message>
        <source>No end of {what} of {display_id} is recorded yet: record it first.</source>
        <translation>{display_id}의 {what} 종료가 아직 기록되지 않았습니다: 먼저 기록하십시오.</translation>
    </message>
    <message>
        <source>Nothing was changed: change the end of treatment, or cancel.</source>
        <translation>바뀐 내용이 없습니다: 치료 종료를 변경하거나 취소하십시오.</translation>
    </message>
    <message>
        <source>{display_id} is recorded as dead on {death_on}: no further contact can follow.</source>
        <translation>{display_id}은(는) {death_on}에 사망으로 기록되어 있습니다: 이후 연락은 기록할 수 없습니다.</translation>
    </message>
    <message>
        <source>If that record is wrong, void it with a reason first.</source>
        <translation>그 기록이 잘못되었다면 먼저 사유와 함께 무효화하십시오.</translation>
    </message>
    <message>
        <source>The date of death {death_on} is before {alive}, when the patient was known to be alive (a contact, a scan or a cycle given): check the dates.</source>
        <translation>사망일 {death_on}이(가) 환자의 생존이 확인된 {alive}(연락, 검사 또는 투여)보다 이릅니다: 날짜를 확인하십시오.</translation>
    </message>
    <message>
        <source>Give the reason for correcting the outcome.</source>
        <translation>결과 수정 사유를 입력하십시오.</translation>
    </message>
    <message>
        <source>No outcome of {display_id} is recorded yet: record it first.</source>
        <translation>{display_id}의 결과가 아직 기록되지 않았습니다. 먼저 기록하십시오.</translation>
    </message>
    <message>
        <source>Nothing was changed: change the outcome, or cancel.</source>
        <translation>변경된 것이 없습니다. 결과를 변경하거나 취소하십시오.</translation>
    </message>
    <message>
        <source>The password must have at least {min_length} characters.</source>
        <translation>비밀번호는 {min_length}자 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation>비밀번호에 사용자 이름을 포함할 수 없습니다.</translation>
    </message>
    <message>
        <source>This password is too easy to guess; choose a less common one.</source>
        <translation>이 비밀번호는 너무 쉽습니다. 덜 흔한 비밀번호를 선택하십시오.</translation>
    </message>
    <message>
        <source>The password must not start or end with a space.</source>
        <translation>비밀번호는 공백으로 시작하거나 끝날 수 없습니다.</translation>
    </message>
    <message>
        <source>Your role ({role}) may not {action}.</source>
        <translation>현재 역할({role})로는 다음 작업을 할 수 없습니다: {action}.</translation>
    </message>
    <message>
        <source>Ask a colleague whose role allows it.</source>
        <translation>허용된 역할의 동료에게 요청하십시오.</translation>
    </message>
    <message>
        <source>The allocation list does not match its fingerprint (SHA-256): it has been altered or damaged. Randomization is stopped.</source>
        <translation>배정표가 지문(SHA-256)과 일치하지 않습니다. 변경되었거나 손상되었습니다. 무작위배정이 중지되었습니다.</translation>
    </message>
    <message>
        <source>Tell the investigator and the administrator; restore the database from a backup and run &apos;hai-desktop verify&apos;.</source>
        <translation>연구자와 관리자에게 알리고, 백업에서 데이터베이스를 복원한 후 &apos;hai-desktop verify&apos;를 실행하십시오.</translation>
    </message>
    <message>
        <source>An allocation list is in use ({in_use} envelopes opened or voided): a new list must contain it unchanged, but {count} envelope(s) differ or are missing (e.g. {changed}).</source>
        <translation>배정표가 사용 중입니다(봉투 {in_use}개 개봉 또는 무효 처리). 새 배정표는 이를 그대로 포함해야 하지만 봉투 {count}개가 다르거나 없습니다(예: {changed}).</translation>
    </message>
    <message>
        <source>Import only an extension of the list in force from the statistician.</source>
        <translation>통계 담당자에게서 받은 현행 배정표의 확장분만 가져오십시오.</translation>
    </message>
    <message>
        <source>Say where the list comes from (e.g. &apos;central statistician, version 1, 2026-11-01&apos;).</source>
        <translation>배정표의 출처를 입력하십시오(예: &apos;중앙 통계 담당자, 버전 1, 2026-11-01&apos;).</translation>
    </message>
    <message>
        <source>An allocation list is generated only in a TRAINING database: in the trial the list comes from the central statistician.</source>
        <translation>배정표는 교육용(TRAINING) 데이터베이스에서만 생성합니다. 실제 임상시험에서는 중앙 통계 담당자가 배정표를 제공합니다.</translation>
    </message>
    <message>
        <source>Import the statistician&apos;s list with Import list…; to practise generating one, use the TRAINING demo (&apos;hai-desktop demo&apos;).</source>
        <translation>통계 담당자의 배정표를 배정표 가져오기…로 가져오십시오. 배정표 생성을 연습하려면 교육용(TRAINING) 데모(&apos;hai-desktop demo&apos;)를 사용하십시오.</translation>
    </message>
    <message>
        <source>{screening_number} has no confirmed eligible screening: confirm eligibility first.</source>
        <translation>{screening_number}에게 확정된 적격 스크리닝이 없습니다. 먼저 적격성을 확정하십시오.</translation>
    </message>
    <message>
        <source>Stratum factor missing for {screening_number}: {missing}. Correct the screening record.</source>
        <translation>{screening_number}의 층 요인이 없습니다: {missing}. 스크리닝 기록을 수정하십시오.</translation>
    </message>
    <message>
        <source>ECOG performance status</source>
        <translation>ECOG 수행 상태</translation>
    </message>
    <message>
        <source>prior adjuvant chemotherapy</source>
        <translation>이전 보조 항암화학요법</translation>
    </message>
    <message>
        <source> on {day:%d %b %Y}</source>
        <translation> {day:%d %b %Y}에</translation>
    </message>
    <message>
        <source>{screening_number} is already randomized{on} as {study_id} (envelope {envelope}): a patient is randomized once only.</source>
        <translation>{screening_number}은(는) 이미{on} {study_id}(으)로 무작위배정되었습니다(봉투 {envelope}). 환자는 한 번만 무작위배정합니다.</translation>
    </message>
    <message>
        <source>{screening_number} is already randomized{on} as {study_id}: a patient is randomized once only.</source>
        <translation>{screening_number}은(는) 이미{on} {study_id}(으)로 무작위배정되었습니다. 환자는 한 번만 무작위배정합니다.</translation>
    </message>
    <message>
        <source>{screening_number} is not eligible for randomization (status: {status}).</source>
        <translation>{screening_number}은(는) 무작위배정 적격이 아닙니다(상태: {status}).</translation>
    </message>
    <message>
        <source>Incident #{open_incident} about {screening_number} is open: the investigator must resolve it before randomizing.</source>
        <translation>{screening_number}에 관한 사건 #{open_incident}이(가) 열려 있습니다. 무작위배정 전에 연구자가 해결해야 합니다.</translation>
    </message>
    <message>
        <source>No unused envelopes left in stratum {stratum}: import or generate more.</source>
        <translation>층 {stratum}에 미사용 봉투가 없습니다. 더 가져오거나 생성하십시오.</translation>
    </message>
    <message>
        <source>There is no allocation list yet: import the statistician&apos;s list (or generate a training list) first.</source>
        <translation>아직 배정표가 없습니다. 먼저 통계 담당자의 배정표를 가져오십시오(또는 교육용 배정표를 생성하십시오).</translation>
    </message>
    <message>
        <source>A randomization is dated when it is made; only a TRAINING database takes another time.</source>
        <translation>무작위배정은 시행한 시각으로 기록됩니다. 교육용(TRAINING) 데이터베이스만 다른 시각을 받습니다.</translation>
    </message>
    <message>
        <source>Envelope {number} was already used for another patient: open envelope {next_number}.</source>
        <translation>봉투 {number}은(는) 이미 다른 환자에게 사용되었습니다. 봉투 {next_number}을(를) 여십시오.</translation>
    </message>
    <message>
        <source>Envelope {number} is not the next one for stratum {stratum}: open envelope {next_number} (envelopes are used in order).</source>
        <translation>봉투 {number}은(는) 층 {stratum}의 다음 봉투가 아닙니다. 봉투 {next_number}을(를) 여십시오(봉투는 순서대로 사용합니다).</translation>
    </message>
    <message>
        <source>The arm on card {number} disagrees with the allocation list. Randomization is blocked and incident #{incident_id} was raised for the investigator.</source>
        <translation>카드 {number}의 배정군이 배정표와 일치하지 않습니다. 무작위배정이 차단되었고 연구자에게 사건 #{incident_id}이(가) 보고되었습니다.</translation>
    </message>
    <message>
        <source>Keep the card and the envelope for the investigator.</source>
        <translation>카드와 봉투를 연구자를 위해 보관하십시오.</translation>
    </message>
    <message>
        <source>Envelope cards are read from paper, not from the database.</source>
        <translation>봉투 카드는 데이터베이스가 아니라 종이에서 읽습니다.</translation>
    </message>
    <message>
        <source>There is no unused envelope {number}.</source>
        <translation>미사용 봉투 {number}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Give the reason the envelope is voided (spoiled, lost, …).</source>
        <translation>봉투를 무효 처리하는 사유를 입력하십시오(훼손, 분실 …).</translation>
    </message>
    <message>
        <source>There is no envelope {number} in the list in force.</source>
        <translation>현행 배정표에 봉투 {number}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Envelope {number} is {status}: only unused envelopes can be voided.</source>
        <translation>봉투 {number}은(는) {status} 상태입니다. 미사용 봉투만 무효 처리할 수 있습니다.</translation>
    </message>
    <message>
        <source>Exporting the full list reveals every arm: give the reason.</source>
        <translation>전체 배정표를 내보내면 모든 배정군이 드러납니다. 사유를 입력하십시오.</translation>
    </message>
    <message>
        <source>There are no unused envelopes to print.</source>
        <translation>출력할 미사용 봉투가 없습니다.</translation>
    </message>
    <message>
        <source>Describe how the incident was resolved.</source>
        <translation>사건을 어떻게 해결했는지 기술하십시오.</translation>
    </message>
    <message>
        <source>There is no incident #{incident_id}.</source>
        <translation>사건 #{incident_id}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Incident #{incident_id} is already resolved.</source>
        <translation>사건 #{incident_id}은(는) 이미 해결되었습니다.</translation>
    </message>
    <message>
        <source>The {what} is longer than {MAX_NAME_LENGTH} characters.</source>
        <translation>{what}이(가) {MAX_NAME_LENGTH}자를 넘습니다.</translation>
    </message>
    <message>
        <source>The {what} holds a control character: type it again.</source>
        <translation>{what}에 제어 문자가 있습니다. 다시 입력하십시오.</translation>
    </message>
    <message>
        <source>Use Latin letters only (A–Z, spaces, hyphens), as on the passport: e.g. KIM and Ji-won.</source>
        <translation>여권과 같이 로마자만 사용하십시오(A–Z, 공백, 하이픈). 예: KIM, Ji-won.</translation>
    </message>
    <message>
        <source>Enter the given name in Latin letters too.</source>
        <translation>이름도 로마자로 입력하십시오.</translation>
    </message>
    <message>
        <source>Enter the family name in Latin letters too.</source>
        <translation>성도 로마자로 입력하십시오.</translation>
    </message>
    <message>
        <source>Enter the name in Latin letters as well (as on the passport, e.g. KIM Ji-won): initials and exports use it.</source>
        <translation>이름을 로마자로도 입력하십시오(여권과 같이, 예: KIM Ji-won). 이니셜과 내보내기에 사용됩니다.</translation>
    </message>
    <message>
        <source>Enter the family name.</source>
        <translation>성을 입력하십시오.</translation>
    </message>
    <message>
        <source>Enter the given name.</source>
        <translation>이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>Enter the hospital record number.</source>
        <translation>병원 등록번호를 입력하십시오.</translation>
    </message>
    <message>
        <source>Choose the sex (F or M).</source>
        <translation>성별(F 또는 M)을 선택하십시오.</translation>
    </message>
    <message>
        <source>Enter the date of birth.</source>
        <translation>생년월일을 입력하십시오.</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>생년월일이 미래입니다.</translation>
    </message>
    <message>
        <source>Enter the date the patient signed the consent form.</source>
        <translation>환자가 동의서에 서명한 날짜를 입력하십시오.</translation>
    </message>
    <message>
        <source>The consent date is in the future.</source>
        <translation>동의 날짜가 미래입니다.</translation>
    </message>
    <message>
        <source>The consent date is before the date of birth.</source>
        <translation>동의 날짜가 생년월일보다 이전입니다.</translation>
    </message>
    <message>
        <source>Initials are 2–4 Latin letters (A–Z).</source>
        <translation>이니셜은 로마자 2–4자(A–Z)입니다.</translation>
    </message>
    <message>
        <source>Hospital record number {hospital_record_number} is already registered as {screening_number}: open that patient instead.</source>
        <translation>병원 등록번호 {hospital_record_number}은(는) 이미 {screening_number}(으)로 등록되어 있습니다. 그 환자를 여십시오.</translation>
    </message>
    <message>
        <source>{when} — {name}: {meaning} (reason: {reason})</source>
        <translation>{when} — {name}: {meaning} (사유: {reason})</translation>
    </message>
    <message>
        <source>{when} — {name}: {meaning}</source>
        <translation>{when} — {name}: {meaning}</translation>
    </message>
    <message>
        <source>Unknown checklist items: {unknown}.</source>
        <translation>알 수 없는 점검표 항목: {unknown}.</translation>
    </message>
    <message>
        <source>Prior adjuvant chemotherapy: answer yes or no.</source>
        <translation>이전 보조 항암화학요법: 예 또는 아니요로 답하십시오.</translation>
    </message>
    <message>
        <source>The checklist is confirmed and read-only.</source>
        <translation>점검표가 확정되어 읽기 전용입니다.</translation>
    </message>
    <message>
        <source>Use &apos;Correct…&apos; to change it with a reason and a new signature.</source>
        <translation>사유와 새 서명으로 변경하려면 &apos;수정…&apos;을 사용하십시오.</translation>
    </message>
    <message>
        <source>Eligibility is not yet determined: {count} item(s) missing ({missing}{more}).</source>
        <translation>적격성이 아직 결정되지 않았습니다: {count}개 항목 누락({missing}{more}).</translation>
    </message>
    <message>
        <source>Answer every item before confirming.</source>
        <translation>확정하기 전에 모든 항목에 답하십시오.</translation>
    </message>
    <message>
        <source>Record prior adjuvant chemotherapy (yes/no): with ECOG it decides the randomization stratum.</source>
        <translation>이전 보조 항암화학요법(예/아니요)을 기록하십시오. ECOG와 함께 무작위배정 층을 결정합니다.</translation>
    </message>
    <message>
        <source>The checklist is already confirmed.</source>
        <translation>점검표가 이미 확정되었습니다.</translation>
    </message>
    <message>
        <source>A correction of a confirmed checklist needs a reason.</source>
        <translation>확정된 점검표를 수정하려면 사유가 필요합니다.</translation>
    </message>
    <message>
        <source>The checklist is not confirmed yet: save it normally.</source>
        <translation>점검표가 아직 확정되지 않았습니다. 일반적으로 저장하십시오.</translation>
    </message>
    <message>
        <source>This patient is already randomized: the screening record can no longer be changed here.</source>
        <translation>이 환자는 이미 무작위배정되었습니다. 스크리닝 기록을 여기서 더 이상 변경할 수 없습니다.</translation>
    </message>
    <message>
        <source>Ask the investigator to record a protocol deviation.</source>
        <translation>연구자에게 프로토콜 위반을 기록하도록 요청하십시오.</translation>
    </message>
    <message>
        <source>{criterion}: {detail}</source>
        <translation>{criterion}: {detail}</translation>
    </message>
    <message>
        <source>{BUILD_INFO_NAME} is missing or unreadable in the bundle {folder}: {exc}</source>
        <translation>번들 {folder}에 {BUILD_INFO_NAME}이(가) 없거나 읽을 수 없습니다: {exc}</translation>
    </message>
    <message>
        <source>The PostgreSQL client is incomplete: {postgresql_client}</source>
        <translation>PostgreSQL 클라이언트가 불완전합니다: {postgresql_client}</translation>
    </message>
    <message>
        <source>The resources folder {root} is missing.</source>
        <translation>리소스 폴더 {root}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>{path} was written unencrypted: sqlcipher3 is plain SQLite.</source>
        <translation>{path}이(가) 암호화되지 않은 채로 쓰였습니다. sqlcipher3가 일반 SQLite입니다.</translation>
    </message>
    <message>
        <source>The new database does not verify: {report}</source>
        <translation>새 데이터베이스가 검증되지 않습니다: {report}</translation>
    </message>
    <message>
        <source>A new account&apos;s temporary password is not marked to be changed.</source>
        <translation>새 계정의 임시 비밀번호에 변경 필요 표시가 없습니다.</translation>
    </message>
    <message>
        <source>A temporary password opened the patient list before it was changed.</source>
        <translation>임시 비밀번호를 바꾸기 전에 환자 목록이 열렸습니다.</translation>
    </message>
    <message>
        <source>The output is not a PDF (no %PDF- header).</source>
        <translation>출력이 PDF가 아닙니다(%PDF- 머리글 없음).</translation>
    </message>
    <message>
        <source>The PDF has no pages.</source>
        <translation>PDF에 페이지가 없습니다.</translation>
    </message>
    <message>
        <source>Page 1 renders as a blank image.</source>
        <translation>1페이지가 빈 이미지로 그려집니다.</translation>
    </message>
    <message>
        <source>The order sheet&apos;s first page lacks {missing}.</source>
        <translation>처방지 첫 페이지에 {missing}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The order sheet does not embed {font} (resources/fonts in {resources_dir}).</source>
        <translation>처방지에 {font}이(가) 포함되지 않았습니다({resources_dir}의 resources/fonts).</translation>
    </message>
    <message>
        <source>These data are on the server already.</source>
        <translation>이 데이터는 이미 서버에 있습니다.</translation>
    </message>
    <message>
        <source>{db} was already moved to a server ({moved}).</source>
        <translation>{db}은(는) 이미 서버로 옮겨졌습니다({moved}).</translation>
    </message>
    <message>
        <source>{db} fails its integrity check, so it is not copied: {report}</source>
        <translation>{db}이(가) 무결성 검사에 실패하여 복사하지 않습니다: {report}</translation>
    </message>
    <message>
        <source>Restore the latest good backup, then move that.</source>
        <translation>가장 최근의 정상 백업을 복원한 후 그것을 옮기십시오.</translation>
    </message>
    <message>
        <source>You hold no key to the sealed envelopes, so the data cannot move to the server (which keeps the arms open).</source>
        <translation>봉인된 봉투의 키가 없어 데이터를 서버로 옮길 수 없습니다(서버에서는 배정군이 열린 상태로 보관됩니다).</translation>
    </message>
    <message>
        <source>An administrator who has signed in since the list was imported moves the data.</source>
        <translation>배정표를 가져온 뒤 로그인한 적이 있는 관리자가 데이터를 옮기십시오.</translation>
    </message>
    <message>
        <source>nothing was copied</source>
        <translation>아무것도 복사하지 않았습니다</translation>
    </message>
    <message>
        <source>The file&apos;s schema and the server&apos;s differ in version; update hai-desktop on this workstation first.</source>
        <translation>파일과 서버의 스키마 버전이 다릅니다. 먼저 이 워크스테이션의 hai-desktop을 업데이트하십시오.</translation>
    </message>
    <message>
        <source>The server refused a record of the file ({detail}); nothing was copied.</source>
        <translation>서버가 파일의 기록 하나를 거부했습니다({detail}). 아무것도 복사하지 않았습니다.</translation>
    </message>
    <message>
        <source>Send this message to the hai-desktop support.</source>
        <translation>이 메시지를 hai-desktop 지원 담당에게 보내십시오.</translation>
    </message>
    <message>
        <source>The server&apos;s copy differs from the file at {differences}. The file is unchanged; do not use the server database.</source>
        <translation>서버의 사본이 파일과 다릅니다: {differences}. 파일은 변경되지 않았습니다. 서버 데이터베이스를 사용하지 마십시오.</translation>
    </message>
    <message>
        <source>Ask IT to drop the server database, then try again.</source>
        <translation>IT 담당에게 서버 데이터베이스 삭제를 요청한 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The audit chain on the server does not verify: {message}.</source>
        <translation>서버의 감사 추적 연결이 검증되지 않습니다: {message}.</translation>
    </message>
    <message>
        <source>{rule}: enter a whole number.</source>
        <translation>{rule}: 정수를 입력하십시오.</translation>
    </message>
    <message>
        <source>{rule}: enter a number.</source>
        <translation>{rule}: 숫자를 입력하십시오.</translation>
    </message>
    <message>
        <source>{rule}: enter {minimum:g}–{maximum:g}.</source>
        <translation>{rule}: {minimum:g}–{maximum:g}을(를) 입력하십시오.</translation>
    </message>
    <message>
        <source>The site rules file {path} is invalid: {exc}.</source>
        <translation>기관 규칙 파일 {path}이(가) 잘못되었습니다: {exc}.</translation>
    </message>
    <message>
        <source>{path}: the default of {key} is invalid ({exc}).</source>
        <translation>{path}: {key}의 기본값이 잘못되었습니다({exc}).</translation>
    </message>
    <message>
        <source>There is no site rule &apos;{key}&apos;.</source>
        <translation>기관 규칙 &apos;{key}&apos;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Give a reason for changing a site rule.</source>
        <translation>기관 규칙을 변경하는 사유를 입력하십시오.</translation>
    </message>
    <message>
        <source>Premedication and supportive care not confirmed by the investigator</source>
        <translation>연구자가 전처치 및 보조 요법을 확인하지 않았습니다</translation>
    </message>
    <message>
        <source>There is no premedication or supportive-care item &apos;{item_id}&apos;.</source>
        <translation>전처치 또는 보조요법 항목 &apos;{item_id}&apos;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Say when it is given (e.g. 30 min before the first cytotoxic drug).</source>
        <translation>투여 시점을 입력하십시오(예: 첫 세포독성 약물 30분 전).</translation>
    </message>
    <message>
        <source>Give the source of the change.</source>
        <translation>변경의 출처를 입력하십시오.</translation>
    </message>
    <message>
        <source>{unknown} is not given with the drugs of this order.</source>
        <translation>{unknown}은(는) 이 처방의 약물과 함께 투여하지 않습니다.</translation>
    </message>
    <message>
        <source>Give the reason for {what} {name} on this order.</source>
        <translation>이 처방에서 {name}을(를) {what}하는 사유를 입력하십시오.</translation>
    </message>
    <message>
        <source>adverse events are recorded for patients on study</source>
        <translation>이상반응은 연구 중인 환자에게만 기록합니다</translation>
    </message>
    <message>
        <source>Enter the onset date.</source>
        <translation>발생일을 입력하십시오.</translation>
    </message>
    <message>
        <source>The onset cannot be in the future.</source>
        <translation>발생일은 미래일 수 없습니다.</translation>
    </message>
    <message>
        <source>The resolution date is before the onset.</source>
        <translation>회복일이 발생일보다 이전입니다.</translation>
    </message>
    <message>
        <source>The resolution date cannot be in the future.</source>
        <translation>회복일은 미래일 수 없습니다.</translation>
    </message>
    <message>
        <source>Choose the grade, reading the CTCAE text for each grade.</source>
        <translation>각 등급의 CTCAE 기술을 읽고 등급을 선택하십시오.</translation>
    </message>
    <message>
        <source>CTCAE v4.03 has no grade {grade} for {term} (grades: {grades}).</source>
        <translation>CTCAE v4.03에는 {term}의 등급 {grade}이(가) 없습니다(등급: {grades}).</translation>
    </message>
    <message>
        <source>Give the attribution to each drug of the regimen (unrelated … definite): {missing}.</source>
        <translation>요법의 각 약물에 대한 인과관계(무관 … 확실)를 입력하십시오: {missing}.</translation>
    </message>
    <message>
        <source>Action taken must be one of: {actions}.</source>
        <translation>취한 조치는 다음 중 하나여야 합니다: {actions}.</translation>
    </message>
    <message>
        <source>Choose the outcome.</source>
        <translation>결과를 선택하십시오.</translation>
    </message>
    <message>
        <source>A serious adverse event needs its criterion (death, life-threatening, hospitalisation …).</source>
        <translation>중대한 이상반응에는 기준(사망, 생명 위협, 입원 …)이 필요합니다.</translation>
    </message>
    <message>
        <source>Grade 5 is death related to the event: the outcome is fatal.</source>
        <translation>5등급은 이상반응에 따른 사망입니다. 결과는 사망이어야 합니다.</translation>
    </message>
    <message>
        <source>A fatal outcome is grade 5.</source>
        <translation>결과가 사망이면 5등급입니다.</translation>
    </message>
    <message>
        <source>The lab result this event was graded from is not on record.</source>
        <translation>이 이상반응의 등급을 산정한 검사 결과가 기록에 없습니다.</translation>
    </message>
    <message>
        <source>The lab result grades {lab_term}, not {term}.</source>
        <translation>검사 결과는 {term}이(가) 아니라 {lab_term}의 등급을 정합니다.</translation>
    </message>
    <message>
        <source>“{term}” is not a CTCAE v4.03 term: choose one from the list.</source>
        <translation>“{term}”은(는) CTCAE v4.03 용어가 아닙니다. 목록에서 선택하십시오.</translation>
    </message>
    <message>
        <source>“{term}” needs the event specified in words.</source>
        <translation>“{term}”은(는) 이상반응을 말로 구체적으로 적어야 합니다.</translation>
    </message>
    <message>
        <source>The lab value gives grade {computed}; you chose grade {grade}. Give the reason for the difference.</source>
        <translation>검사 수치로는 {computed}등급인데 {grade}등급을 선택했습니다. 차이의 사유를 입력하십시오.</translation>
    </message>
    <message>
        <source>There is no adverse event #{event_id}.</source>
        <translation>이상반응 #{event_id}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Adverse event #{event_id} is voided: record a new one.</source>
        <translation>이상반응 #{event_id}은(는) 무효 처리되었습니다. 새로 기록하십시오.</translation>
    </message>
    <message>
        <source>An event cannot move to another patient: void it and record it for the right patient.</source>
        <translation>이상반응을 다른 환자로 옮길 수 없습니다. 무효 처리하고 올바른 환자에게 기록하십시오.</translation>
    </message>
    <message>
        <source>event</source>
        <translation>이상반응</translation>
    </message>
    <message>
        <source>grade {grade} {term}, cycle {cycle} ({attribution} for {drug}): a dose decision is due — reduce, stop, or continue with the reason</source>
        <translation>{term} {grade}등급, {cycle}주기 ({drug}와의 관련성: {attribution}): 용량 결정이 필요합니다 — 감량, 중단 또는 사유와 함께 계속</translation>
    </message>
    <message>
        <source>grade {grade} {term} ({attribution} for {drug}): a dose decision is due — reduce, stop, or continue with the reason</source>
        <translation>{term} {grade}등급 ({drug}와의 관련성: {attribution}): 용량 결정이 필요합니다 — 감량, 중단 또는 사유와 함께 계속</translation>
    </message>
    <message>
        <source>Dose decision for {drug} after grade {grade} {term}: {decision} — {reason}</source>
        <translation>{term} {grade}등급 이후 {drug} 용량 결정: {decision} — {reason}</translation>
    </message>
    <message>
        <source>{drug}: {item}.</source>
        <translation>{drug}: {item}.</translation>
    </message>
    <message>
        <source>Give the reason for the delay.</source>
        <translation>지연 사유를 입력하십시오.</translation>
    </message>
    <message>
        <source>Adverse event #{event_id} does not make a dose decision due for {drug_id}.</source>
        <translation>이상반응 #{event_id}은(는) {drug_id}의 용량 결정을 필요로 하지 않습니다.</translation>
    </message>
    <message>
        <source>Give a reason: it is kept in the audit trail.</source>
        <translation>사유를 입력하십시오. 감사 추적에 보관됩니다.</translation>
    </message>
    <message>
        <source>User names are 2–32 characters: lower-case letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;, starting with a letter or digit.</source>
        <translation>사용자 이름은 2–32자입니다: 영문 소문자, 숫자, &apos;.&apos;, &apos;-&apos; 또는 &apos;_&apos;이며 문자나 숫자로 시작합니다.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s full name as it should appear on signatures.</source>
        <translation>서명에 표시될 전체 이름을 입력하십시오.</translation>
    </message>
    <message>
        <source>The user name &apos;{name}&apos; is already taken (perhaps by a deactivated account); choose another.</source>
        <translation>사용자 이름 &apos;{name}&apos;은(는) 이미 사용 중입니다(비활성화된 계정일 수 있음). 다른 이름을 선택하십시오.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account while signed in with it.</source>
        <translation>로그인한 자신의 계정은 비활성화할 수 없습니다.</translation>
    </message>
    <message>
        <source>{name} is already deactivated.</source>
        <translation>{name}은(는) 이미 비활성화되어 있습니다.</translation>
    </message>
    <message>
        <source>This is the last active administrator; add another first.</source>
        <translation>마지막 활성 관리자입니다. 먼저 다른 관리자를 추가하십시오.</translation>
    </message>
    <message>
        <source>{name} is already active.</source>
        <translation>{name}은(는) 이미 활성 상태입니다.</translation>
    </message>
    <message>
        <source>{name} is deactivated: reactivate the account instead.</source>
        <translation>{name}은(는) 비활성화되어 있습니다. 대신 계정을 다시 활성화하십시오.</translation>
    </message>
    <message>
        <source>There is no user named &apos;{name}&apos;.</source>
        <translation>&apos;{name}&apos;(이)라는 사용자가 없습니다.</translation>
    </message>
    <message>
        <source>Give the reason for voiding the {what}.</source>
        <translation>{what} 무효 처리 사유를 입력하십시오.</translation>
    </message>
    <message>
        <source>There is no {what} #{row_id}.</source>
        <translation>{what} #{row_id}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>{record} #{row_id} is already voided.</source>
        <translation>{record} #{row_id}은(는) 이미 무효 처리되었습니다.</translation>
    </message>
    <message>
        <source>Your password is a temporary one (of a new account, or set by an administrator&apos;s reset): it opens nothing until you choose your own.</source>
        <translation>현재 비밀번호는 임시 비밀번호입니다(새 계정이거나 관리자가 재설정함): 자신의 비밀번호를 정하기 전에는 아무 작업도 할 수 없습니다.</translation>
    </message>
    <message>
        <source>Sign in to the hai-desktop window, which asks for a new password at once, or on the command line run: hai-desktop password --as {username}</source>
        <translation>hai-desktop 창에서 로그인하면 바로 새 비밀번호를 묻습니다. 명령줄에서는 다음을 실행하십시오: hai-desktop password --as {username}</translation>
    </message>
    <message>
        <source>There is no key file on the shared server.</source>
        <translation>공유 서버에 키 파일이 없습니다.</translation>
    </message>
    <message>
        <source>The workstation is locked.</source>
        <translation>워크스테이션이 잠겨 있습니다.</translation>
    </message>
    <message>
        <source>Unlock it with your password first.</source>
        <translation>먼저 비밀번호로 잠금을 해제하십시오.</translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>비밀번호가 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>Enter the user name and password of the person checking.</source>
        <translation>확인하는 사람의 사용자 이름과 비밀번호를 입력하십시오.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>새 비밀번호는 현재 비밀번호와 달라야 합니다.</translation>
    </message>
    <message>
        <source>The account was changed, but the database key could not be changed ({why}): until it is, an older copy of the key file still opens the database.</source>
        <translation>계정은 변경되었지만 데이터베이스 키를 바꾸지 못했습니다({why}). 키를 바꿀 때까지는 키 파일의 이전 사본으로도 데이터베이스가 열립니다.</translation>
    </message>
    <message>
        <source>Check that the database folder can be written to, then run &apos;hai-desktop users rotate-key&apos; or repeat the change.</source>
        <translation>데이터베이스 폴더에 쓸 수 있는지 확인한 뒤 &apos;hai-desktop users rotate-key&apos;를 실행하거나 변경을 다시 하십시오.</translation>
    </message>
    <message>
        <source>The shared server has no recovery code: an administrator&apos;s access is restored by another administrator.</source>
        <translation>공유 서버에는 복구 코드가 없습니다. 관리자의 접근은 다른 관리자가 복원합니다.</translation>
    </message>
    <message>
        <source>Too many wrong passwords in a row. Try again in {wait}.</source>
        <translation>비밀번호가 연속으로 너무 많이 틀렸습니다. {wait} 후에 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>This user account is not active. Ask the administrator to reactivate it.</source>
        <translation>이 사용자 계정은 활성 상태가 아닙니다. 관리자에게 다시 활성화를 요청하십시오.</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>사용자 이름과 비밀번호를 입력하십시오.</translation>
    </message>
    <message>
        <source>{path} cannot be read with the key file beside it: the key file is an older copy (the database key is changed whenever an account is deactivated or a password reset) or another database&apos;s, or the database file is damaged.</source>
        <translation>옆에 있는 키 파일로 {path}을(를) 읽을 수 없습니다. 키 파일이 이전 사본이거나(계정을 비활성화하거나 비밀번호를 재설정할 때마다 데이터베이스 키가 바뀝니다) 다른 데이터베이스의 것이거나, 데이터베이스 파일이 손상되었습니다.</translation>
    </message>
    <message>
        <source>Use the key file that was beside the database, or restore both files from the same backup.</source>
        <translation>데이터베이스 옆에 있던 키 파일을 사용하거나, 같은 백업에서 두 파일을 함께 복원하십시오.</translation>
    </message>
    <message>
        <source>{user}&apos;s key is not the one the database records for them: the database&apos;s record of their keys was changed</source>
        <translation>{user}의 키가 데이터베이스에 기록된 키와 다릅니다. 데이터베이스의 키 기록이 변경되었습니다</translation>
    </message>
    <message>
        <source>{user}&apos;s key is recorded in the database as {other}&apos;s</source>
        <translation>{user}의 키가 데이터베이스에 {other}의 키로 기록되어 있습니다</translation>
    </message>
    <message>
        <source>The data in {name} were moved to the shared server ({moved}); this file is kept as it was then.</source>
        <translation>{name}의 데이터는 공유 서버로 옮겨졌습니다({moved}). 이 파일은 그 시점 상태로 보관됩니다.</translation>
    </message>
    <message>
        <source>Set server_url in this workstation&apos;s settings to work on the server.</source>
        <translation>서버에서 작업하려면 이 워크스테이션의 설정에 server_url을 지정하십시오.</translation>
    </message>
    <message>
        <source>{path} or its key file already exists; nothing was changed.</source>
        <translation>{path} 또는 그 키 파일이 이미 있습니다. 아무것도 변경하지 않았습니다.</translation>
    </message>
    <message>
        <source>Choose another path, or move the old files away first.</source>
        <translation>다른 경로를 선택하거나 먼저 기존 파일을 옮기십시오.</translation>
    </message>
    <message>
        <source>The recovery code can only restore an administrator&apos;s access.</source>
        <translation>복구 코드로는 관리자의 접근만 복원할 수 있습니다.</translation>
    </message>
    <message>
        <source>{db} holds no hai-desktop database identity.</source>
        <translation>{db}에 hai-desktop 데이터베이스 식별 정보가 없습니다.</translation>
    </message>
    <message>
        <source>Ask IT: the database may be incomplete.</source>
        <translation>IT 담당에게 문의하십시오. 데이터베이스가 불완전할 수 있습니다.</translation>
    </message>
    <message>
        <source>Your account has no password on the server yet (the unit&apos;s data was moved there from a workstation).</source>
        <translation>서버에 아직 계정 비밀번호가 없습니다(병동 데이터가 워크스테이션에서 옮겨졌습니다).</translation>
    </message>
    <message>
        <source>Ask an administrator to give you a temporary password.</source>
        <translation>관리자에게 임시 비밀번호를 요청하십시오.</translation>
    </message>
    <message>
        <source>The settings file {path} cannot be read: {exc}.</source>
        <translation>설정 파일 {path}을(를) 읽을 수 없습니다: {exc}.</translation>
    </message>
    <message>
        <source>Fix or remove the file and start again.</source>
        <translation>파일을 고치거나 삭제한 후 다시 시작하십시오.</translation>
    </message>
    <message>
        <source>The settings file {path} has unknown settings: {unknown}.</source>
        <translation>설정 파일 {path}에 알 수 없는 설정이 있습니다: {unknown}.</translation>
    </message>
    <message>
        <source>Known settings: {known}.</source>
        <translation>알려진 설정: {known}.</translation>
    </message>
    <message>
        <source>The setting &apos;{name}&apos; in {path} must be a {kind}.</source>
        <translation>{path}의 설정 &apos;{name}&apos;은(는) {kind}이어야 합니다.</translation>
    </message>
    <message>
        <source>The [kdf] table in {path} may set only {names}.</source>
        <translation>{path}의 [kdf] 표에는 {names}만 설정할 수 있습니다.</translation>
    </message>
    <message>
        <source>The setting kdf.{name} in {path} is {value}: use a whole number from {low} to {high}.</source>
        <translation>{path}의 kdf.{name} 설정 값이 {value}입니다: {low}부터 {high}까지의 정수를 쓰십시오.</translation>
    </message>
    <message>
        <source>The setting &apos;language&apos; in {path} is &apos;{language}&apos;.</source>
        <translation>{path}의 설정 &apos;language&apos;가 &apos;{language}&apos;입니다.</translation>
    </message>
    <message>
        <source>Use &quot;ko&quot; (Korean), &quot;en&quot; (English), or leave it empty to follow the computer&apos;s language.</source>
        <translation>&quot;ko&quot;(한국어), &quot;en&quot;(영어)을 사용하거나, 컴퓨터 언어를 따르려면 비워 두십시오.</translation>
    </message>
    <message>
        <source>The setting &apos;document_language&apos; in {path} is &apos;{language}&apos;.</source>
        <translation>{path}의 &apos;document_language&apos; 설정 값이 &apos;{language}&apos;입니다.</translation>
    </message>
    <message>
        <source>Use &quot;en&quot; (English) or &quot;ko&quot; (Korean): the language documents are printed in.</source>
        <translation>&quot;en&quot;(영어) 또는 &quot;ko&quot;(한국어)를 쓰십시오. 문서를 인쇄할 언어입니다.</translation>
    </message>
    <message>
        <source>The setting &apos;backup_schedule&apos; in {path} is &apos;{schedule}&apos;.</source>
        <translation>{path}의 설정 &apos;backup_schedule&apos;이 &apos;{schedule}&apos;입니다.</translation>
    </message>
    <message>
        <source>Use one of: {BACKUP_SCHEDULES}.</source>
        <translation>다음 중 하나를 사용하십시오: {BACKUP_SCHEDULES}.</translation>
    </message>
    <message>
        <source>The setting &apos;backup_keep&apos; in {path} is {keep}; keep at least 1.</source>
        <translation>{path}의 설정 &apos;backup_keep&apos;이 {keep}입니다. 1 이상으로 하십시오.</translation>
    </message>
    <message>
        <source>The setting &apos;time_zone&apos; in {path}: {message}</source>
        <translation>{path}의 설정 &apos;time_zone&apos;: {message}</translation>
    </message>
    <message>
        <source>The setting &apos;server_sslmode&apos; in {path} is &apos;{mode}&apos;.</source>
        <translation>{path}의 설정 &apos;server_sslmode&apos;가 &apos;{mode}&apos;입니다.</translation>
    </message>
    <message>
        <source>Use one of: {SSL_MODES} (verify-full unless IT says otherwise).</source>
        <translation>다음 중 하나를 사용하십시오: {SSL_MODES}(IT 담당이 달리 말하지 않으면 verify-full).</translation>
    </message>
    <message>
        <source>The setting &apos;server_url&apos; in {path} is not a PostgreSQL address.</source>
        <translation>{path}의 설정 &apos;server_url&apos;이 PostgreSQL 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>Write it as postgresql+psycopg://USER@HOST:PORT/DATABASE.</source>
        <translation>postgresql+psycopg://USER@HOST:PORT/DATABASE 형식으로 쓰십시오.</translation>
    </message>
    <message>
        <source>the audit trail no longer contains row #{seq} recorded in the anchor: rows were removed</source>
        <translation>감사 추적에 기준점에 기록된 #{seq}행이 더 이상 없습니다: 행이 삭제되었습니다</translation>
    </message>
    <message>
        <source>A change was attempted without a signed-in user; nothing was saved.</source>
        <translation>로그인한 사용자 없이 변경을 시도했습니다. 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>{obj} records are never deleted: void it with a reason instead.</source>
        <translation>{obj} 기록은 삭제하지 않습니다. 대신 사유와 함께 무효 처리하십시오.</translation>
    </message>
    <message>
        <source>audit row #{seq} (by {user}) carries no signature: it was added or rewritten outside the application</source>
        <translation>감사 기록 #{seq}({user})에 서명이 없습니다. 프로그램 밖에서 추가되거나 다시 쓰였습니다</translation>
    </message>
    <message>
        <source>audit row #{seq} is signed with a key that is not {signer}&apos;s: it was added or rewritten outside the application</source>
        <translation>감사 기록 #{seq}이(가) {signer}의 키가 아닌 키로 서명되었습니다. 프로그램 밖에서 추가되거나 다시 쓰였습니다</translation>
    </message>
    <message>
        <source>audit row #{seq} names {user} but is signed by {signer}: it was rewritten outside the application</source>
        <translation>감사 기록 #{seq}은(는) {user}의 기록인데 {signer}이(가) 서명했습니다. 프로그램 밖에서 다시 쓰였습니다</translation>
    </message>
    <message>
        <source>audit row #{seq} (by {user}) no longer carries {signer}&apos;s signature: it, or a row before it, was rewritten or removed after it was signed</source>
        <translation>감사 기록 #{seq}({user})의 {signer} 서명이 더 이상 맞지 않습니다. 서명 후 이 기록이나 그 앞의 기록이 다시 쓰이거나 삭제되었습니다</translation>
    </message>
    <message>
        <source>audit row #{seq} registers a key for {user} that no administrator signed: it was added outside the application</source>
        <translation>감사 기록 #{seq}이(가) 관리자의 서명 없이 {user}의 키를 등록합니다. 프로그램 밖에서 추가되었습니다</translation>
    </message>
    <message>
        <source>audit row #{seq} differs from the anchored hash: the trail was rewritten or its newest rows were removed</source>
        <translation>감사 추적 #{seq}행이 기준점의 해시와 다릅니다: 추적이 다시 쓰였거나 최신 행이 삭제되었습니다</translation>
    </message>
    <message>
        <source>audit row #{seq} follows #{previous}: rows missing or reordered</source>
        <translation>감사 추적 #{seq}행이 #{previous}행 다음에 옵니다: 행이 빠졌거나 순서가 바뀌었습니다</translation>
    </message>
    <message>
        <source>audit row #{seq} follows #{previous}: rows out of order</source>
        <translation>감사 추적 #{seq}행이 #{previous}행 다음에 옵니다: 행의 순서가 잘못되었습니다</translation>
    </message>
    <message>
        <source>audit row #{seq} does not link to row #{previous}</source>
        <translation>감사 추적 #{seq}행이 #{previous}행과 연결되지 않습니다</translation>
    </message>
    <message>
        <source>audit row #{seq} has been altered (its hash does not match)</source>
        <translation>감사 추적 #{seq}행이 변경되었습니다 (해시가 일치하지 않음)</translation>
    </message>
    <message>
        <source>audit trail ends at row #{last} but the anchor records row #{anchor}: newest rows were removed</source>
        <translation>감사 추적이 #{last}행에서 끝나지만 기준점에는 #{anchor}행이 기록되어 있습니다: 최신 행이 삭제되었습니다</translation>
    </message>
    <message>
        <source>The SQLCipher module (sqlcipher3) cannot be loaded: {exc}.</source>
        <translation>SQLCipher 모듈(sqlcipher3)을 불러올 수 없습니다: {exc}.</translation>
    </message>
    <message>
        <source>The sqlcipher3 module is not built with SQLCipher (PRAGMA cipher_version returned nothing).</source>
        <translation>sqlcipher3 모듈이 SQLCipher로 빌드되지 않았습니다(PRAGMA cipher_version 결과 없음).</translation>
    </message>
    <message>
        <source>Restore the database and its .keys file from the latest backup, or ask the administrator.</source>
        <translation>최신 백업에서 데이터베이스와 .keys 파일을 복원하거나 관리자에게 문의하십시오.</translation>
    </message>
    <message>
        <source>There is no database file at {path}.</source>
        <translation>{path}에 데이터베이스 파일이 없습니다.</translation>
    </message>
    <message>
        <source>Check the path, or create one with &apos;hai-desktop init&apos;.</source>
        <translation>경로를 확인하거나 &apos;hai-desktop init&apos;으로 새로 만드십시오.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file.</source>
        <translation>{path}은(는) 데이터베이스 파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <source>The database file {path} is empty.</source>
        <translation>데이터베이스 파일 {path}이(가) 비어 있습니다.</translation>
    </message>
    <message>
        <source>{path} is an unencrypted SQLite file. hai-desktop only uses encrypted databases and will not store patient data in it.</source>
        <translation>{path}은(는) 암호화되지 않은 SQLite 파일입니다. hai-desktop은 암호화된 데이터베이스만 사용하며 여기에 환자 데이터를 저장하지 않습니다.</translation>
    </message>
    <message>
        <source>Choose the encrypted hai-desktop database, or create one with &apos;hai-desktop init&apos;.</source>
        <translation>암호화된 hai-desktop 데이터베이스를 선택하거나 &apos;hai-desktop init&apos;으로 새로 만드십시오.</translation>
    </message>
    <message>
        <source>The database file {path} is truncated ({size} bytes).</source>
        <translation>데이터베이스 파일 {path}이(가) 잘려 있습니다({size}바이트).</translation>
    </message>
    <message>
        <source>The database connection could not be made safe (foreign_keys={foreign_keys}, synchronous={synchronous}).</source>
        <translation>데이터베이스 연결을 안전하게 설정하지 못했습니다(foreign_keys={foreign_keys}, synchronous={synchronous}).</translation>
    </message>
    <message>
        <source>This works on the encrypted database file only; the unit&apos;s data is on the server ({server}).</source>
        <translation>암호화된 데이터베이스 파일에서만 가능합니다. 병동 데이터는 서버({server})에 있습니다.</translation>
    </message>
    <message>
        <source>The server&apos;s backups and checks are IT&apos;s (pg_dump, PostgreSQL&apos;s own tools).</source>
        <translation>서버의 백업과 검사는 IT 담당의 일입니다(pg_dump, PostgreSQL 자체 도구).</translation>
    </message>
    <message>
        <source>{path} holds no hai-desktop schema.</source>
        <translation>{path}에 hai-desktop 스키마가 없습니다.</translation>
    </message>
    <message>
        <source>The key file beside {path} belongs to another database.</source>
        <translation>{path} 옆의 키 파일은 다른 데이터베이스의 것입니다.</translation>
    </message>
    <message>
        <source>A file already exists at {path}; it was not touched.</source>
        <translation>{path}에 이미 파일이 있습니다. 건드리지 않았습니다.</translation>
    </message>
    <message>
        <source>Choose another path, or move the old file away first.</source>
        <translation>다른 경로를 선택하거나 먼저 기존 파일을 옮기십시오.</translation>
    </message>
    <message>
        <source>{address} holds no hai-desktop data yet.</source>
        <translation>{address}에는 아직 hai-desktop 데이터가 없습니다.</translation>
    </message>
    <message>
        <source>Create it with &apos;hai-desktop init-server&apos; or copy the unit&apos;s file into it with &apos;hai-desktop migrate-to-server&apos;.</source>
        <translation>&apos;hai-desktop init-server&apos;로 만들거나 &apos;hai-desktop migrate-to-server&apos;로 병동의 파일을 복사하십시오.</translation>
    </message>
    <message>
        <source>it was not touched</source>
        <translation>건드리지 않았습니다</translation>
    </message>
    <message>
        <source>An administrator changed the database key just now; nothing was saved.</source>
        <translation>방금 관리자가 데이터베이스 키를 바꾸었습니다. 아무것도 저장되지 않았습니다.</translation>
    </message>
    <message>
        <source>Do it again.</source>
        <translation>다시 하십시오.</translation>
    </message>
    <message>
        <source>The change conflicts with a record already saved; nothing was saved.</source>
        <translation>이미 저장된 기록과 충돌하는 변경입니다. 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>Reload the screen and check the existing record.</source>
        <translation>화면을 다시 불러와 기존 기록을 확인하십시오.</translation>
    </message>
    <message>
        <source>Nothing was saved: the disk holding {path} is full.</source>
        <translation>아무것도 저장하지 않았습니다: {path}이(가) 있는 디스크가 가득 찼습니다.</translation>
    </message>
    <message>
        <source>Free disk space (or ask IT), then save again.</source>
        <translation>디스크 공간을 확보한 후(또는 IT 담당에게 문의) 다시 저장하십시오.</translation>
    </message>
    <message>
        <source>Nothing was saved: {path} cannot be written to (read-only).</source>
        <translation>아무것도 저장하지 않았습니다: {path}에 쓸 수 없습니다(읽기 전용).</translation>
    </message>
    <message>
        <source>Ask IT to restore write access to the file.</source>
        <translation>IT 담당에게 파일 쓰기 권한 복원을 요청하십시오.</translation>
    </message>
    <message>
        <source>{path} cannot be read: it is damaged, or it is not the database its key file belongs to.</source>
        <translation>{path}을(를) 읽을 수 없습니다. 손상되었거나, 키 파일이 속한 데이터베이스가 아닙니다.</translation>
    </message>
    <message>
        <source>{path} cannot be opened ({detail}).</source>
        <translation>{path}을(를) 열 수 없습니다({detail}).</translation>
    </message>
    <message>
        <source>{path} cannot be opened: the folder {folder} or the files in it cannot be written to, and the program writes beside the database even to read (its journal, the key file, the audit trail of each sign-in).</source>
        <translation>{path}을(를) 열 수 없습니다: 폴더 {folder} 또는 그 안의 파일에 쓸 수 없습니다. 이 프로그램은 읽기만 할 때에도 데이터베이스 옆에 기록합니다(저널, 키 파일, 매 로그인의 감사 추적).</translation>
    </message>
    <message>
        <source>Ask IT to give your account write access to {folder} and the files in it; nothing needs to be restored.</source>
        <translation>IT 담당에게 {folder}과(와) 그 안의 파일에 대한 쓰기 권한을 요청하십시오. 복원할 것은 없습니다.</translation>
    </message>
    <message>
        <source>Nothing was saved: {path} is in use on another workstation and did not become free in time.</source>
        <translation>아무것도 저장하지 않았습니다: {path}이(가) 다른 워크스테이션에서 사용 중이며 제시간에 해제되지 않았습니다.</translation>
    </message>
    <message>
        <source>{path} is in use on another workstation and did not become free in time.</source>
        <translation>{path}이(가) 다른 워크스테이션에서 사용 중이며 제시간에 해제되지 않았습니다.</translation>
    </message>
    <message>
        <source>Wait a moment, then try again. If it keeps happening, check that hai-desktop is not stuck on the other workstation.</source>
        <translation>잠시 기다린 후 다시 시도하십시오. 계속 발생하면 다른 워크스테이션의 hai-desktop이 멈추지 않았는지 확인하십시오.</translation>
    </message>
    <message>
        <source>Restore the database together with its .keys file from the latest backup.</source>
        <translation>최신 백업에서 데이터베이스와 .keys 파일을 함께 복원하십시오.</translation>
    </message>
    <message>
        <source>The key file {path} is damaged or not a hai-desktop key file ({exc}).</source>
        <translation>키 파일 {path}이(가) 손상되었거나 hai-desktop 키 파일이 아닙니다({exc}).</translation>
    </message>
    <message>
        <source>The key file {path} is missing, so nobody can unlock the database beside it.</source>
        <translation>키 파일 {path}이(가) 없어 옆의 데이터베이스를 아무도 열 수 없습니다.</translation>
    </message>
    <message>
        <source>User name or password is wrong.</source>
        <translation>사용자 이름 또는 비밀번호가 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>The key file {path} now belongs to another database.</source>
        <translation>키 파일 {path}이(가) 이제 다른 데이터베이스에 속합니다.</translation>
    </message>
    <message>
        <source>The key file {path} was replaced by another database&apos;s while you were signed in; nothing was written to it.</source>
        <translation>로그인한 동안 키 파일 {path}이(가) 다른 데이터베이스의 것으로 바뀌었습니다. 아무것도 쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>Sign out and sign in again.</source>
        <translation>로그아웃한 후 다시 로그인하십시오.</translation>
    </message>
    <message>
        <source>Your key slot was removed or replaced: your access was changed by an administrator.</source>
        <translation>키 슬롯이 삭제되거나 교체되었습니다. 관리자가 접근 권한을 변경했습니다.</translation>
    </message>
    <message>
        <source>Sign in again, or ask the administrator.</source>
        <translation>다시 로그인하거나 관리자에게 문의하십시오.</translation>
    </message>
    <message>
        <source>The key file {path} holds the wraps of another change of the database key.</source>
        <translation>키 파일 {path}에 다른 데이터베이스 키 변경의 키가 들어 있습니다.</translation>
    </message>
    <message>
        <source>The record of {user}&apos;s newest audit row in {path} is not signed by {user}.</source>
        <translation>{path}에 있는 {user}의 최신 감사 기록 정보에 {user}의 서명이 없습니다.</translation>
    </message>
    <message>
        <source>The audit anchor in {path} is malformed.</source>
        <translation>{path}의 감사 기준점 형식이 잘못되었습니다.</translation>
    </message>
    <message>
        <source>The audit anchor in {path} has been altered.</source>
        <translation>{path}의 감사 기준점이 변경되었습니다.</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of hai-desktop (schema {revision}).</source>
        <translation>{path}은(는) 더 새로운 버전의 hai-desktop이 썼습니다(스키마 {revision}).</translation>
    </message>
    <message>
        <source>Install the newer hai-desktop version on this workstation; the file was not changed.</source>
        <translation>이 워크스테이션에 새 버전의 hai-desktop을 설치하십시오. 파일은 변경되지 않았습니다.</translation>
    </message>
    <message>
        <source>The server address &apos;{url}&apos; cannot be read.</source>
        <translation>서버 주소 &apos;{url}&apos;을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The server address must be a PostgreSQL address.</source>
        <translation>서버 주소는 PostgreSQL 주소여야 합니다.</translation>
    </message>
    <message>
        <source>The server address names no database.</source>
        <translation>서버 주소에 데이터베이스 이름이 없습니다.</translation>
    </message>
    <message>
        <source>Add the database name after the last &apos;/&apos;.</source>
        <translation>마지막 &apos;/&apos; 뒤에 데이터베이스 이름을 추가하십시오.</translation>
    </message>
    <message>
        <source>TLS is switched off for {address}: patient data would cross the network unencrypted.</source>
        <translation>{address}의 TLS가 꺼져 있습니다. 환자 데이터가 암호화되지 않은 채 네트워크를 지나게 됩니다.</translation>
    </message>
    <message>
        <source>Set server_sslmode to verify-full (with server_sslrootcert) in the settings file.</source>
        <translation>설정 파일에서 server_sslmode를 verify-full(및 server_sslrootcert)로 설정하십시오.</translation>
    </message>
    <message>
        <source>The server&apos;s CA certificate {sslrootcert} is missing.</source>
        <translation>서버의 CA 인증서 {sslrootcert}이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Ask IT for the certificate file and fix server_sslrootcert.</source>
        <translation>IT 담당에게 인증서 파일을 요청하고 server_sslrootcert를 수정하십시오.</translation>
    </message>
    <message>
        <source>{label} is not empty ({tables} tables); {nothing_done}.</source>
        <translation>{label}이(가) 비어 있지 않습니다(테이블 {tables}개). {nothing_done}.</translation>
    </message>
    <message>
        <source>Ask IT for a new, empty database for hai-desktop.</source>
        <translation>IT 담당에게 hai-desktop용 빈 데이터베이스를 새로 요청하십시오.</translation>
    </message>
    <message>
        <source>Nothing was saved: {address_label} is busy with another workstation&apos;s change and did not become free in time.</source>
        <translation>아무것도 저장하지 않았습니다: {address_label}이(가) 다른 워크스테이션의 변경으로 사용 중이며 제시간에 해제되지 않았습니다.</translation>
    </message>
    <message>
        <source>{address_label} is busy with another workstation&apos;s change and did not become free in time.</source>
        <translation>{address_label}이(가) 다른 워크스테이션의 변경으로 사용 중이며 제시간에 해제되지 않았습니다.</translation>
    </message>
    <message>
        <source>Wait a moment, then try again.</source>
        <translation>잠시 기다린 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Nothing was saved: the server holding {address_label} is out of resources ({detail}).</source>
        <translation>아무것도 저장하지 않았습니다: {address_label}이(가) 있는 서버의 자원이 부족합니다({detail}).</translation>
    </message>
    <message>
        <source>the server holding {address_label} is out of resources ({detail}).</source>
        <translation>{address_label}이(가) 있는 서버의 자원이 부족합니다({detail}).</translation>
    </message>
    <message>
        <source>Ask IT to check the database server.</source>
        <translation>IT 담당에게 데이터베이스 서버 점검을 요청하십시오.</translation>
    </message>
    <message>
        <source>Nothing was saved: {address_label} accepts no changes (read-only).</source>
        <translation>아무것도 저장하지 않았습니다: {address_label}이(가) 변경을 받지 않습니다(읽기 전용).</translation>
    </message>
    <message>
        <source>{address_label} accepts no changes (read-only).</source>
        <translation>{address_label}이(가) 변경을 받지 않습니다(읽기 전용).</translation>
    </message>
    <message>
        <source>Ask IT whether the server is in maintenance.</source>
        <translation>IT 담당에게 서버가 점검 중인지 문의하십시오.</translation>
    </message>
    <message>
        <source>The server&apos;s TLS certificate could not be verified: check server_sslrootcert and the host name in server_url, or ask IT.</source>
        <translation>서버의 TLS 인증서를 확인할 수 없습니다. server_sslrootcert와 server_url의 호스트 이름을 확인하거나 IT 담당에게 문의하십시오.</translation>
    </message>
    <message>
        <source>The server refused this workstation&apos;s database account: ask IT to check its password file or client certificate.</source>
        <translation>서버가 이 워크스테이션의 데이터베이스 계정을 거부했습니다. IT 담당에게 비밀번호 파일 또는 클라이언트 인증서 확인을 요청하십시오.</translation>
    </message>
    <message>
        <source>Check the database name in server_url, or ask IT.</source>
        <translation>server_url의 데이터베이스 이름을 확인하거나 IT 담당에게 문의하십시오.</translation>
    </message>
    <message>
        <source>Check the network cable or Wi-Fi, then try again; if other workstations cannot reach it either, call IT.</source>
        <translation>네트워크 케이블이나 Wi-Fi를 확인한 후 다시 시도하십시오. 다른 워크스테이션도 연결되지 않으면 IT 담당에게 연락하십시오.</translation>
    </message>
    <message>
        <source>Nothing was saved: {address_label} cannot be used ({problem}).</source>
        <translation>아무것도 저장하지 않았습니다: {address_label}을(를) 사용할 수 없습니다({problem}).</translation>
    </message>
    <message>
        <source>{address_label} cannot be used ({problem}).</source>
        <translation>{address_label}을(를) 사용할 수 없습니다({problem}).</translation>
    </message>
    <message>
        <source>database file: {problem}</source>
        <translation>데이터베이스 파일: {problem}</translation>
    </message>
    <message>
        <source>audit trail unreadable: {problem}</source>
        <translation>감사 추적을 읽을 수 없음: {problem}</translation>
    </message>
    <message>
        <source>allocation list: {problem}</source>
        <translation>배정표: {problem}</translation>
    </message>
    <message>
        <source>records not as the audit trail says (changed outside the application): {records} and {more} more</source>
        <translation>감사 추적과 다른 기록 (프로그램 밖에서 변경됨): {records} 외 {more}건</translation>
    </message>
    <message>
        <source>records not as the audit trail says (changed outside the application): {records}</source>
        <translation>감사 추적과 다른 기록 (프로그램 밖에서 변경됨): {records}</translation>
    </message>
    <message>
        <source>OK: file integrity checked; audit chain of {rows} rows verified up to #{seq} ({head}…), matching its anchor (this workstation holds no anchor for it yet); every record matches its audit history; allocation list matches its fingerprint.</source>
        <translation>정상: 파일 무결성 확인, 감사 추적 {rows}행을 #{seq}({head}…)까지 검증했고 기준점과 일치합니다 (이 워크스테이션에는 아직 기준점이 없음). 모든 기록이 감사 이력과 일치하고 배정표가 지문과 일치합니다.</translation>
    </message>
    <message>
        <source>OK: file integrity checked; audit chain of {rows} rows verified up to #{seq} ({head}…), matching its anchor; every record matches its audit history; allocation list matches its fingerprint.</source>
        <translation>정상: 파일 무결성 확인, 감사 추적 {rows}행을 #{seq}({head}…)까지 검증했고 기준점과 일치합니다. 모든 기록이 감사 이력과 일치하고 배정표가 지문과 일치합니다.</translation>
    </message>
    <message>
        <source>FAILED: {problem}</source>
        <translation>실패: {problem}</translation>
    </message>
    <message>
        <source>the allocation list cannot be read (damaged pages)</source>
        <translation>배정표를 읽을 수 없습니다 (손상된 페이지)</translation>
    </message>
    <message>
        <source>the key slot of {user} holds a key the database does not record for them</source>
        <translation>{user}의 키 슬롯에 데이터베이스에 기록되지 않은 키가 있습니다</translation>
    </message>
    <message>
        <source>audit row #{seq}, the newest {user} signed, is no longer in the trail as they signed it: rows were rewritten or removed</source>
        <translation>{user}이(가) 마지막으로 서명한 감사 기록 #{seq}이(가) 서명한 그대로 남아 있지 않습니다. 기록이 다시 쓰이거나 삭제되었습니다</translation>
    </message>
    <message>
        <source>the database&apos;s TRAINING flag is missing</source>
        <translation>데이터베이스의 교육용(TRAINING) 표시가 없습니다</translation>
    </message>
    <message>
        <source>the database&apos;s TRAINING flag has no single creation row in the audit trail ({count} found): it was set outside the application</source>
        <translation>데이터베이스의 교육용(TRAINING) 표시에 대한 생성 기록이 감사 추적에 하나만 있어야 합니다 ({count}개 발견): 프로그램 밖에서 설정되었습니다</translation>
    </message>
    <message>
        <source>the database&apos;s TRAINING flag was changed after the database was created (audit row #{seq}); the program never changes it</source>
        <translation>데이터베이스의 교육용(TRAINING) 표시가 데이터베이스 생성 후 변경되었습니다 (감사 추적 #{seq}행). 프로그램은 이 표시를 절대 변경하지 않습니다</translation>
    </message>
    <message>
        <source>the database&apos;s TRAINING flag is not the one recorded when it was created (audit row #{seq}): it was changed outside the application</source>
        <translation>데이터베이스의 교육용(TRAINING) 표시가 생성 시 기록된 값과 다릅니다 (감사 추적 #{seq}행): 프로그램 밖에서 변경되었습니다</translation>
    </message>
    <message>
        <source>signature #{id} ({meaning}, {user}) on {entity} #{entity_id} carries no signature by {user}&apos;s key: it was added outside the application</source>
        <translation>{entity} #{entity_id}의 서명 #{id}({meaning}, {user})에 {user}의 키로 한 서명이 없습니다. 프로그램 밖에서 추가되었습니다</translation>
    </message>
    <message>
        <source>the key file records an older newest row for {user} than the automatic backup of {when} did: their newest rows or their record were removed</source>
        <translation>키 파일에 기록된 {user}의 최신 기록이 {when} 자동 백업에 기록된 것보다 오래되었습니다. 최신 기록이나 그 기록 정보가 삭제되었습니다</translation>
    </message>
    <message>
        <source>audit row #{seq}, signed by {user}, is not what the automatic backup of {when} recorded: the trail was rewritten after that backup, or the database was restored from a copy older than it (then move the automatic backups made after that copy out of the backup folder)</source>
        <translation>{user}이(가) 서명한 감사 기록 #{seq}이(가) {when} 자동 백업에 기록된 것과 다릅니다. 그 백업 이후 감사 기록이 다시 쓰였거나, 그보다 오래된 사본으로 데이터베이스를 복원했습니다(복원한 경우 그 사본 이후에 만들어진 자동 백업을 백업 폴더 밖으로 옮기십시오)</translation>
    </message>
    <message>
        <source>{first} or {last}</source>
        <translation>{first} 또는 {last}</translation>
    </message>
    <message>
        <source>signature #{id} ({meaning}, {user}) on {entity} #{entity_id} is not {user}&apos;s signature of that record: it was moved or altered</source>
        <translation>{entity} #{entity_id}의 서명 #{id}({meaning}, {user})은(는) 이 기록에 대한 {user}의 서명이 아닙니다. 옮겨지거나 변경되었습니다</translation>
    </message>
    <message>
        <source>The {field} is {length} characters long; at most {limit} are kept: shorten it.</source>
        <translation>{field}이(가) {length}자입니다. 최대 {limit}자까지 저장되니 줄여 주십시오.</translation>
    </message>
    <message>
        <source>The {field} holds a control character (a pasted escape, tab or line break): type it again.</source>
        <translation>{field}에 제어 문자(붙여 넣은 이스케이프, 탭 또는 줄바꿈)가 있습니다. 다시 입력하십시오.</translation>
    </message>
    <message>
        <source>The sealed arm of envelope {number} does not open: it was altered. Randomization is stopped.</source>
        <translation>봉투 {number}의 봉인된 배정군이 열리지 않습니다. 변경되었습니다. 무작위 배정을 중지합니다.</translation>
    </message>
    <message>
        <source>Tell the investigator and the administrator; run &apos;hai-desktop verify&apos;.</source>
        <translation>연구자와 관리자에게 알리고 &apos;hai-desktop verify&apos;를 실행하십시오.</translation>
    </message>
    <message>
        <source>You have no key to the sealed envelopes of this allocation list yet.</source>
        <translation>아직 이 배정표의 봉인된 봉투를 여는 키가 없습니다.</translation>
    </message>
    <message>
        <source>It is passed on at the next sign-in of an administrator, coordinator or investigator who has it: ask one of them to sign in, then try again.</source>
        <translation>키를 가진 관리자, 연구 코디네이터 또는 연구자가 다음에 로그인할 때 전달됩니다. 그중 한 명에게 로그인을 부탁한 뒤 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Your key to the sealed envelopes does not open: it was altered.</source>
        <translation>봉인된 봉투를 여는 키가 열리지 않습니다. 변경되었습니다.</translation>
    </message>
    <message>
        <source>Tell the administrator; run &apos;hai-desktop verify&apos;.</source>
        <translation>관리자에게 알리고 &apos;hai-desktop verify&apos;를 실행하십시오.</translation>
    </message>
    <message>
        <source>Cycle {cycle} order waiting for the investigator&apos;s signature</source>
        <translation>{cycle}주기 처방: 연구자 서명 대기 중</translation>
    </message>
    <message>
        <source>Cycle {cycle} order waiting for pharmacist verification</source>
        <translation>{cycle}주기 처방: 약사 검증 대기 중</translation>
    </message>
    <message>
        <source>Cycle {cycle} order verified: print the sheet</source>
        <translation>{cycle}주기 처방 검증 완료: 처방전을 출력하십시오</translation>
    </message>
    <message>
        <source>Cycle {cycle}: independent double check at the chair ({done} of 2 done)</source>
        <translation>{cycle}주기: 투여 현장 독립 이중 확인 (2건 중 {done}건 완료)</translation>
    </message>
    <message>
        <source>Cycle {cycle}: both checks done — record what is given</source>
        <translation>{cycle}주기: 두 확인 모두 완료 — 투여 내용을 기록하십시오</translation>
    </message>
    <message>
        <source>Cycle {cycle} given: a second nurse confirms the administration</source>
        <translation>{cycle}주기 투여됨: 다른 간호사가 투여를 확인합니다</translation>
    </message>
    <message>
        <source>Cycle {cycle}: inspect the catheter before HAI (the HAI line is withheld until then)</source>
        <translation>{cycle}주기: HAI 전에 카테터를 점검하십시오 (점검 전까지 HAI 항목은 보류됩니다)</translation>
    </message>
    <message>
        <source>HAI catheter removed on {day}: reinsert before HAI</source>
        <translation>HAI 카테터 제거됨 ({day}): HAI 전에 재삽입하십시오</translation>
    </message>
    <message>
        <source>No HAI catheter recorded: implant (and record it) before HAI</source>
        <translation>기록된 HAI 카테터 없음: HAI 전에 삽입하고 기록하십시오</translation>
    </message>
    <message>
        <source>Catheter needs IR review: {why}</source>
        <translation>카테터 IR 검토 필요: {why}</translation>
    </message>
    <message>
        <source>Cycle {cycle} order to write</source>
        <translation>{cycle}주기 처방 작성 필요</translation>
    </message>
    <message>
        <source>Dose decision due: {text}</source>
        <translation>용량 결정 필요: {text}</translation>
    </message>
    <message>
        <source>Cycle {cycle}: no pre-cycle {labs} recorded</source>
        <translation>{cycle}주기: 주기 전 {labs} 결과가 기록되지 않았습니다</translation>
    </message>
    <message>
        <source>{lab} last {day}</source>
        <translation>{lab} 최근 {day}</translation>
    </message>
    <message>
        <source>{lab} none</source>
        <translation>{lab} 없음</translation>
    </message>
    <message>
        <source>Cycle {cycle}: pre-cycle labs too old ({parts}; they must be from the last {window} days, after the previous cycle)</source>
        <translation>{cycle}주기: 주기 전 검사 결과가 오래되었습니다 ({parts}; 최근 {window}일 이내, 이전 주기 이후의 결과여야 합니다)</translation>
    </message>
    <message>
        <source>Medication error on cycle {cycle}: resolve it with what was done</source>
        <translation>{cycle}주기 투약 오류: 조치 내용을 기록하여 종결하십시오</translation>
    </message>
    <message>
        <source>Envelope card mismatch: resolve it with what was done</source>
        <translation>봉투 카드 불일치: 조치 내용을 기록하여 종결하십시오</translation>
    </message>
    <message>
        <source>Eligibility checklist not complete</source>
        <translation>적격성 체크리스트 미완료</translation>
    </message>
    <message>
        <source>Checklist says eligible: confirm it with your signature</source>
        <translation>체크리스트 결과 적격: 서명으로 확정하십시오</translation>
    </message>
    <message>
        <source>Checklist says ineligible: confirm it with your signature</source>
        <translation>체크리스트 결과 부적격: 서명으로 확정하십시오</translation>
    </message>
    <message>
        <source>Eligible (confirmed): open the next sealed envelope</source>
        <translation>적격 확정: 다음 밀봉 봉투를 여십시오</translation>
    </message>
    <message>
        <source>Baseline tumour assessment not recorded</source>
        <translation>기저 종양 평가 미기록</translation>
    </message>
    <message>
        <source>{visit} {number}: expected {expected}, window to {closes}</source>
        <translation>{visit} {number}: 예정일 {expected}, 허용 기간 {closes}까지</translation>
    </message>
    <message>
        <source>Progression (RECIST) on {day}: decide the end of treatment</source>
        <translation>{day} 진행(RECIST): 치료 종료 여부를 결정하십시오</translation>
    </message>
    <message>
        <source>{step} was cancelled before it started: nothing was saved.</source>
        <translation>{step}: 시작하기 전에 취소되었습니다. 아무것도 저장되지 않았습니다.</translation>
    </message>
    <message>
        <source>{step} ended with the session: nothing is shown of it here. Look at the record to see whether it was saved.</source>
        <translation>{step}: 세션이 끝나 결과를 여기에 표시하지 않습니다. 저장되었는지는 기록에서 확인하십시오.</translation>
    </message>
    <message>
        <source>Record at least one lesion: the baseline has none.</source>
        <translation>병변을 하나 이상 기록하십시오: 기저 평가에 병변이 없습니다.</translation>
    </message>
    <message>
        <source>Lesion {key} is recorded twice: give each its own number.</source>
        <translation>병변 {key}이(가) 두 번 기록되었습니다: 병변마다 고유 번호를 부여하십시오.</translation>
    </message>
    <message>
        <source>{count} target lesions: RECIST 1.1 allows at most {most}. Record the others as non-target.</source>
        <translation>표적 병변 {count}개: RECIST 1.1은 최대 {most}개까지 허용합니다. 나머지는 비표적 병변으로 기록하십시오.</translation>
    </message>
    <message>
        <source>{count} target lesions in the {organ}: RECIST 1.1 allows at most {most} per organ. Record the others as non-target.</source>
        <translation>{organ}의 표적 병변 {count}개: RECIST 1.1은 장기당 최대 {most}개까지 허용합니다. 나머지는 비표적 병변으로 기록하십시오.</translation>
    </message>
    <message>
        <source>Target lesion {key} needs its diameter in mm.</source>
        <translation>표적 병변 {key}의 직경(mm)을 입력하십시오.</translation>
    </message>
    <message>
        <source>Target node {key} is {size} mm in short axis: a node is a target only from {least} mm. Record it as non-target (pathological from {pathological} mm).</source>
        <translation>표적 림프절 {key}의 단축이 {size} mm입니다: 림프절은 {least} mm 이상일 때만 표적이 됩니다. 비표적 병변으로 기록하십시오({pathological} mm 이상은 병적 림프절).</translation>
    </message>
    <message>
        <source>Target lesion {key} is {size} mm: a lesion is measurable from {least} mm in longest diameter. Record it as non-target.</source>
        <translation>표적 병변 {key}이(가) {size} mm입니다: 병변은 최장 직경 {least} mm 이상일 때 측정 가능합니다. 비표적 병변으로 기록하십시오.</translation>
    </message>
    <message>
        <source>intervals must be positive and windows not negative</source>
        <translation>간격은 양수여야 하고 허용 범위는 음수일 수 없습니다</translation>
    </message>
    <message>
        <source>Choose {what}.</source>
        <translation>{what}을(를) 선택하십시오.</translation>
    </message>
    <message>
        <source>The {what} {day} is before randomization ({randomized_on}): check the date.</source>
        <translation>{what} {day}이(가) 무작위 배정일({randomized_on})보다 이릅니다: 날짜를 확인하십시오.</translation>
    </message>
    <message>
        <source>The {what} {day} is in the future.</source>
        <translation>{what} {day}이(가) 미래입니다.</translation>
    </message>
    <message>
        <source>Enter the date treatment ended (the last dose&apos;s date).</source>
        <translation>치료가 끝난 날짜(마지막 투여일)를 입력하십시오.</translation>
    </message>
    <message>
        <source>end of treatment date</source>
        <translation>치료 종료일</translation>
    </message>
    <message>
        <source>what ended: all treatment or HAI only</source>
        <translation>종료된 것: 모든 치료 또는 HAI만</translation>
    </message>
    <message>
        <source>This patient is in the control arm, which has no HAI: choose &apos;all protocol treatment&apos;.</source>
        <translation>이 환자는 HAI가 없는 대조군입니다: &apos;모든 프로토콜 치료&apos;를 선택하십시오.</translation>
    </message>
    <message>
        <source>the reason treatment ended</source>
        <translation>치료 종료 사유</translation>
    </message>
    <message>
        <source>Say what the other reason was.</source>
        <translation>기타 사유를 적으십시오.</translation>
    </message>
    <message>
        <source>Enter the date of the contact.</source>
        <translation>연락 날짜를 입력하십시오.</translation>
    </message>
    <message>
        <source>contact date</source>
        <translation>연락일</translation>
    </message>
    <message>
        <source>how the patient was contacted</source>
        <translation>연락 방법</translation>
    </message>
    <message>
        <source>the patient&apos;s status: alive, dead or lost to follow-up</source>
        <translation>환자 상태: 생존, 사망 또는 추적 소실</translation>
    </message>
    <message>
        <source>A date or cause of death is kept only when the patient died: clear it, or choose &apos;dead&apos;.</source>
        <translation>사망일과 사망 원인은 사망한 경우에만 기록합니다: 지우거나 &apos;사망&apos;을 선택하십시오.</translation>
    </message>
    <message>
        <source>Enter the last date the patient was known to be alive.</source>
        <translation>환자의 생존이 마지막으로 확인된 날짜를 입력하십시오.</translation>
    </message>
    <message>
        <source>last known alive date</source>
        <translation>최종 생존 확인일</translation>
    </message>
    <message>
        <source>The last known alive date is after the contact date: a patient seen alive then is not lost.</source>
        <translation>최종 생존 확인일이 연락일보다 늦습니다: 그때 생존이 확인된 환자는 추적 소실이 아닙니다.</translation>
    </message>
    <message>
        <source>The progression date is after the contact date: check both.</source>
        <translation>진행일이 연락일보다 늦습니다: 두 날짜를 확인하십시오.</translation>
    </message>
    <message>
        <source>progression date</source>
        <translation>진행일</translation>
    </message>
    <message>
        <source>how the progression was established</source>
        <translation>진행을 확인한 방법</translation>
    </message>
    <message>
        <source>Enter the date of progression, or clear how it was established.</source>
        <translation>진행일을 입력하거나 확인 방법을 지우십시오.</translation>
    </message>
    <message>
        <source>Enter the date of death.</source>
        <translation>사망일을 입력하십시오.</translation>
    </message>
    <message>
        <source>date of death</source>
        <translation>사망일</translation>
    </message>
    <message>
        <source>The date of death is after the contact date: check both.</source>
        <translation>사망일이 연락일보다 늦습니다: 두 날짜를 확인하십시오.</translation>
    </message>
    <message>
        <source>the cause of death</source>
        <translation>사망 원인</translation>
    </message>
    <message>
        <source>Choose the organ of lesion {key}.</source>
        <translation>병변 {key}의 장기를 선택하십시오.</translation>
    </message>
    <message>
        <source>Target lesion {key} cannot be 0 mm at baseline: give its diameter, or leave it out.</source>
        <translation>표적 병변 {key}은(는) 기저 평가에서 0 mm일 수 없습니다: 직경을 입력하거나 빼십시오.</translation>
    </message>
    <message>
        <source>Enter the date of the scan.</source>
        <translation>영상 검사 날짜를 입력하십시오.</translation>
    </message>
    <message>
        <source>The scan date {on} is in the future: record the assessment once the scan has been read.</source>
        <translation>검사일 {on}이(가) 미래입니다: 판독이 끝난 뒤 평가를 기록하십시오.</translation>
    </message>
    <message>
        <source>Record the baseline lesions first: a response is measured against them.</source>
        <translation>먼저 기저 병변을 기록하십시오: 반응은 기저 병변과 비교해 평가합니다.</translation>
    </message>
    <message>
        <source>The scan date {on} is not after the baseline ({baseline_on}) and randomization ({randomized_on}): check the date.</source>
        <translation>검사일 {on}이(가) 기저 평가({baseline_on})와 무작위 배정({randomized_on}) 이후가 아닙니다: 날짜를 확인하십시오.</translation>
    </message>
    <message>
        <source>An assessment of {on} is already recorded: correct that one (void it with a reason and record it again).</source>
        <translation>{on} 평가가 이미 기록되어 있습니다: 그 평가를 수정하십시오(사유와 함께 무효화한 뒤 다시 기록).</translation>
    </message>
    <message>
        <source>Enter the date of the baseline scan.</source>
        <translation>기저 영상 검사 날짜를 입력하십시오.</translation>
    </message>
    <message>
        <source>The baseline scan date {on} is in the future.</source>
        <translation>기저 검사일 {on}이(가) 미래입니다.</translation>
    </message>
    <message>
        <source>{key} is not a target lesion of this patient&apos;s baseline.</source>
        <translation>{key}은(는) 이 환자의 기저 표적 병변이 아닙니다.</translation>
    </message>
    <message>
        <source>Enter the diameter of {key} (0 if it has disappeared), or mark it not assessed.</source>
        <translation>{key}의 직경을 입력하거나(사라졌으면 0) 평가 안 함으로 표시하십시오.</translation>
    </message>
    <message>
        <source>Choose the status of the non-target lesions.</source>
        <translation>비표적 병변의 상태를 선택하십시오.</translation>
    </message>
    <message>
        <source>tumour assessments are recorded for randomized patients</source>
        <translation>종양 평가는 무작위 배정된 환자에게 기록합니다</translation>
    </message>
    <message>
        <source>tumour assessment</source>
        <translation>종양 평가</translation>
    </message>
    <message>
        <source>Choose the imaging method: CT or MRI.</source>
        <translation>영상 검사 방법을 선택하십시오: CT 또는 MRI.</translation>
    </message>
    <message>
        <source>The baseline of {display_id} is already recorded.</source>
        <translation>{display_id}의 기저 평가는 이미 기록되어 있습니다.</translation>
    </message>
    <message>
        <source>Void it with a reason to record it again.</source>
        <translation>다시 기록하려면 사유와 함께 무효화하십시오.</translation>
    </message>
    <message>
        <source>The scan date {on} is after {display_id}&apos;s death on {died}: check the date (or void the contact that records the death if it is wrong).</source>
        <translation>검사일 {on}이(가) {display_id}의 사망일 {died} 이후입니다: 날짜를 확인하십시오(사망 기록이 잘못되었으면 그 연락 기록을 무효 처리하십시오).</translation>
    </message>
    <message>
        <source>The baseline of {display_id} was changed while this assessment was typed: its lesions may not be the ones shown.</source>
        <translation>이 평가를 입력하는 동안 {display_id}의 기저 평가가 바뀌었습니다: 병변이 화면에 보인 것과 다를 수 있습니다.</translation>
    </message>
    <message>
        <source>Close the dialog and open it again.</source>
        <translation>대화 상자를 닫고 다시 여십시오.</translation>
    </message>
    <message>
        <source>Say where the new lesion is (organ and site).</source>
        <translation>새 병변의 위치(장기와 부위)를 적으십시오.</translation>
    </message>
    <message>
        <source>Later assessments are measured against this baseline: void them first, then the baseline.</source>
        <translation>이후 평가가 이 기저 평가를 기준으로 합니다: 그 평가들을 먼저 무효화한 뒤 기저 평가를 무효화하십시오.</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>Infusion-unit workstation: screening, randomization, dosing, orders,
toxicity and catheter logs in one encrypted file.</source>
        <translation>주사실 워크스테이션: 스크리닝, 무작위배정, 용량 계산, 처방,
독성 및 카테터 기록을 암호화된 파일 하나에 담습니다.</translation>
    </message>
    <message>
        <source>TRAINING database: invented data only.</source>
        <translation>교육용 데이터베이스: 가상 데이터만 있습니다.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>빌드</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>데이터베이스</translation>
    </message>
    <message>
        <source>not open</source>
        <translation>열려 있지 않음</translation>
    </message>
    <message>
        <source>{server} ({version}, TRAINING)</source>
        <translation>{server} ({version}, 교육용)</translation>
    </message>
    <message>
        <source>{file} (SQLCipher {version}, TRAINING)</source>
        <translation>{file} (SQLCipher {version}, 교육용)</translation>
    </message>
    <message>
        <source>About hai-desktop</source>
        <translation>hai-desktop 정보</translation>
    </message>
    <message>
        <source>hai-desktop {version}</source>
        <translation>hai-desktop {version}</translation>
    </message>
    <message>
        <source>Protocol data</source>
        <translation>프로토콜 데이터</translation>
    </message>
    <message>
        <source>in {folder}</source>
        <translation>위치: {folder}</translation>
    </message>
    <message>
        <source>None found: the installation is incomplete.</source>
        <translation>찾을 수 없음: 설치가 불완전합니다.</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>세부 정보 복사</translation>
    </message>
</context>
<context>
    <name>AccrualChart</name>
    <message>
        <source>target {n}</source>
        <translation>목표 {n}</translation>
    </message>
    <message>
        <source>{n} randomized</source>
        <translation>{n}명 무작위배정</translation>
    </message>
    <message>
        <source>Randomized in all</source>
        <translation>누적 무작위배정</translation>
    </message>
    <message>
        <source>Planned: even accrual over the accrual period</source>
        <translation>계획: 등록 기간 동안 균등 등록</translation>
    </message>
</context>
<context>
    <name>Action</name>
    <message>
        <source>view records</source>
        <translation>기록 조회</translation>
    </message>
    <message>
        <source>view the audit trail</source>
        <translation>감사 추적 조회</translation>
    </message>
    <message>
        <source>verify database integrity</source>
        <translation>데이터베이스 무결성 확인</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>사용자 관리</translation>
    </message>
    <message>
        <source>reset passwords</source>
        <translation>비밀번호 재설정</translation>
    </message>
    <message>
        <source>change own password</source>
        <translation>본인 비밀번호 변경</translation>
    </message>
    <message>
        <source>replace the recovery code</source>
        <translation>복구 코드 교체</translation>
    </message>
    <message>
        <source>register patients</source>
        <translation>환자 등록</translation>
    </message>
    <message>
        <source>fill in the screening checklist</source>
        <translation>스크리닝 체크리스트 작성</translation>
    </message>
    <message>
        <source>confirm eligibility</source>
        <translation>적격성 확정</translation>
    </message>
    <message>
        <source>change site rules</source>
        <translation>기관 규칙 변경</translation>
    </message>
    <message>
        <source>export data</source>
        <translation>데이터 내보내기</translation>
    </message>
    <message>
        <source>print reports</source>
        <translation>보고서 출력</translation>
    </message>
    <message>
        <source>import or generate the allocation list</source>
        <translation>배정표 가져오기 또는 생성</translation>
    </message>
    <message>
        <source>randomize patients</source>
        <translation>환자 무작위배정</translation>
    </message>
    <message>
        <source>void sealed envelopes</source>
        <translation>봉인 봉투 무효 처리</translation>
    </message>
    <message>
        <source>export the full allocation list</source>
        <translation>전체 배정표 내보내기</translation>
    </message>
    <message>
        <source>resolve incidents</source>
        <translation>사건 해결</translation>
    </message>
    <message>
        <source>change the dose-level table</source>
        <translation>용량 단계표 변경</translation>
    </message>
    <message>
        <source>sign off the dose-level table</source>
        <translation>용량 단계표 승인</translation>
    </message>
    <message>
        <source>prescribe and sign chemotherapy orders</source>
        <translation>항암화학요법 처방 및 서명</translation>
    </message>
    <message>
        <source>verify chemotherapy orders</source>
        <translation>항암화학요법 처방 검증</translation>
    </message>
    <message>
        <source>print chemotherapy orders</source>
        <translation>항암화학요법 처방 출력</translation>
    </message>
    <message>
        <source>record administration</source>
        <translation>투여 기록</translation>
    </message>
    <message>
        <source>void chemotherapy orders</source>
        <translation>항암화학요법 처방 무효 처리</translation>
    </message>
    <message>
        <source>record adverse events and lab results</source>
        <translation>이상반응 및 검사 결과 기록</translation>
    </message>
    <message>
        <source>void adverse events and lab results</source>
        <translation>이상반응 및 검사 결과 무효 처리</translation>
    </message>
    <message>
        <source>record catheter implantation, revisions and removal</source>
        <translation>카테터 삽입, 교정 및 제거 기록</translation>
    </message>
    <message>
        <source>inspect the HAI catheter before use</source>
        <translation>사용 전 HAI 카테터 점검</translation>
    </message>
    <message>
        <source>record pain during HAI</source>
        <translation>HAI 중 통증 기록</translation>
    </message>
    <message>
        <source>override the HAI gate</source>
        <translation>HAI 투여 판정 예외 승인</translation>
    </message>
    <message>
        <source>back up and restore the database</source>
        <translation>데이터베이스 백업 및 복원</translation>
    </message>
    <message>
        <source>move the unit&apos;s file to the shared server</source>
        <translation>병동 파일을 공유 서버로 이전</translation>
    </message>
    <message>
        <source>record the liver resection outcome</source>
        <translation>간 절제 결과 기록</translation>
    </message>
    <message>
        <source>export the trial data for the statistician</source>
        <translation>통계 담당자용 임상시험 데이터 내보내기</translation>
    </message>
    <message>
        <source>record allergies and infusion reactions</source>
        <translation>알레르기 및 주입 반응 기록</translation>
    </message>
    <message>
        <source>change the premedication table</source>
        <translation>전처치표 변경</translation>
    </message>
    <message>
        <source>sign off the premedication table</source>
        <translation>전처치표 승인</translation>
    </message>
    <message>
        <source>double-check an order at the chair</source>
        <translation>투여 전 처방 이중 확인</translation>
    </message>
    <message>
        <source>record HAI competencies</source>
        <translation>HAI 교육 이수 기록</translation>
    </message>
    <message>
        <source>record tumour assessments</source>
        <translation>종양 평가 기록</translation>
    </message>
    <message>
        <source>void tumour assessments</source>
        <translation>종양 평가 무효화</translation>
    </message>
    <message>
        <source>record the end of treatment</source>
        <translation>치료 종료 기록</translation>
    </message>
    <message>
        <source>record follow-up contacts</source>
        <translation>추적 관찰 연락 기록</translation>
    </message>
    <message>
        <source>view the trial report</source>
        <translation>임상시험 보고서 열람</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>사용자 추가</translation>
    </message>
    <message>
        <source>The new user signs in with the temporary password and must then choose their own. Give it to them in person.</source>
        <translation>새 사용자는 임시 비밀번호로 로그인한 뒤 자신의 비밀번호를 정해야 합니다. 임시 비밀번호는 직접 만나서 전달하십시오.</translation>
    </message>
    <message>
        <source>e.g. j.kim (lower case)</source>
        <translation>예: j.kim (소문자)</translation>
    </message>
    <message>
        <source>as it should appear on signatures</source>
        <translation>서명에 표시될 이름</translation>
    </message>
    <message>
        <source>at least {n} characters</source>
        <translation>{n}자 이상</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>성명</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>임시 비밀번호</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>비밀번호 다시 입력</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>두 비밀번호가 다릅니다. 같은 비밀번호를 두 번 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>AdministrationDialog</name>
    <message>
        <source>pump running — record the disconnection later</source>
        <translation>펌프 작동 중 — 분리는 나중에 기록</translation>
    </message>
    <message>
        <source>⚠ More than ordered is a medication error — the investigator is told.</source>
        <translation>⚠ 처방보다 많이 투여하면 투약 오류입니다 — 연구자에게 통보됩니다.</translation>
    </message>
    <message>
        <source>It was really given: record it</source>
        <translation>실제로 투여됨: 기록합니다</translation>
    </message>
    <message>
        <source>The end must be after the start.</source>
        <translation>종료 시각은 시작 시각 이후여야 합니다.</translation>
    </message>
    <message>
        <source>{took} recorded: shorter than ordered ({ordered} ordered; {low}–{high} needs no reason [site rule ±{tolerance} %]). Check the times, or give the reason.</source>
        <translation>{took} 기록: 처방 시간 미달 (처방 {ordered}; {low}–{high}이면 사유 불필요 [기관 규칙 ±{tolerance} %]). 시각을 확인하거나 사유를 입력하십시오.</translation>
    </message>
    <message>
        <source>{took} recorded: longer than ordered ({ordered} ordered; {low}–{high} needs no reason [site rule ±{tolerance} %]). Check the times, or give the reason.</source>
        <translation>{took} 기록: 처방 시간 초과 (처방 {ordered}; {low}–{high}이면 사유 불필요 [기관 규칙 ±{tolerance} %]). 시각을 확인하거나 사유를 입력하십시오.</translation>
    </message>
    <message>
        <source>{took} recorded: as ordered ({ordered} ±{tolerance} %).</source>
        <translation>{took} 기록: 처방대로 ({ordered} ±{tolerance} %).</translation>
    </message>
    <message>
        <source>Record administration — order #{id}</source>
        <translation>투여 기록 — 처방 #{id}</translation>
    </message>
    <message>
        <source>Cycle {cycle} of {patient}: for each line the dose given and its times as they really were (site time, {zone}). Signature meaning: &lt;i&gt;“administered”&lt;/i&gt;; a second nurse confirms what you record.</source>
        <translation>{patient}의 {cycle}주기: 항목마다 실제로 투여한 용량과 시각을 그대로 입력하십시오 (기관 시간, {zone}). 서명의 의미: &lt;i&gt;“투여함”&lt;/i&gt;. 기록한 내용은 두 번째 간호사가 확인합니다.</translation>
    </message>
    <message>
        <source>Record and sign</source>
        <translation>기록 및 서명</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Enter your password to sign.</source>
        <translation>서명하려면 비밀번호를 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>AdministrationScreen</name>
    <message>
        <source>Rule</source>
        <translation>규칙</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>관리</translation>
    </message>
    <message>
        <source>Your account, the site rules, the dose-level and premedication tables the orders are written with, and who is trained in HAI.</source>
        <translation>내 계정, 기관 규칙, 처방에 쓰이는 용량 단계표와 전처치표, HAI 교육 이수자.</translation>
    </message>
    <message>
        <source>Your account, the users of this database, the shared server, the site rules, the dose-level and premedication tables, HAI competencies and the export for the statistician.</source>
        <translation>내 계정, 이 데이터베이스의 사용자, 공용 서버, 기관 규칙, 용량 단계표와 전처치표, HAI 자격, 통계 담당자용 내보내기.</translation>
    </message>
    <message>
        <source>Your account, the users of this database, the shared server, the site rules, the dose-level and premedication tables and HAI competencies.</source>
        <translation>내 계정, 이 데이터베이스의 사용자, 공용 서버, 기관 규칙, 용량 단계표와 전처치표, HAI 자격.</translation>
    </message>
    <message>
        <source>Your account, the users of this database, the recovery code, the site rules, the dose-level and premedication tables, HAI competencies and the export for the statistician.</source>
        <translation>내 계정, 이 데이터베이스의 사용자, 복구 코드, 기관 규칙, 용량 단계표와 전처치표, HAI 자격, 통계 담당자용 내보내기.</translation>
    </message>
    <message>
        <source>Your account, the users of this database, the recovery code, the site rules, the dose-level and premedication tables and HAI competencies.</source>
        <translation>내 계정, 이 데이터베이스의 사용자, 복구 코드, 기관 규칙, 용량 단계표와 전처치표, HAI 자격.</translation>
    </message>
    <message>
        <source>Your account, the site rules, the dose-level and premedication tables, HAI competencies and the export of the trial data for the statistician.</source>
        <translation>내 계정, 기관 규칙, 용량 단계표와 전처치표, HAI 자격, 통계 담당자용 임상시험 데이터 내보내기.</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>내 비밀번호 변경…</translation>
    </message>
    <message>
        <source>Lock now  (Ctrl+L)</source>
        <translation>지금 잠금  (Ctrl+L)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Site rules</source>
        <translation>기관 규칙</translation>
    </message>
    <message>
        <source>Dose levels</source>
        <translation>용량 단계</translation>
    </message>
    <message>
        <source>Premedication</source>
        <translation>전처치</translation>
    </message>
    <message>
        <source>HAI competency</source>
        <translation>HAI 자격</translation>
    </message>
    <message>
        <source>Data export</source>
        <translation>데이터 내보내기</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>내 계정</translation>
    </message>
    <message>
        <source>Signed in as {name} ({username}) — {role}.</source>
        <translation>로그인: {name} ({username}) — {role}.</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>사용자 추가…</translation>
    </message>
    <message>
        <source>Deactivate…</source>
        <translation>비활성화…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>비밀번호 재설정…</translation>
    </message>
    <message>
        <source>Deactivated accounts stay for the record but open nothing.</source>
        <translation>비활성화된 계정은 기록으로 남지만 아무것도 열 수 없습니다.</translation>
    </message>
    <message>
        <source>Recovery code and backups</source>
        <translation>복구 코드와 백업</translation>
    </message>
    <message>
        <source>The recovery code restores an administrator&apos;s access if every administrator password is lost. A backup is an encrypted copy, made while everyone keeps working.</source>
        <translation>복구 코드는 모든 관리자 비밀번호를 잃어버렸을 때 관리자 접근 권한을 되살립니다. 백업은 암호화된 사본이며, 모두가 작업을 계속하는 동안 만들어집니다.</translation>
    </message>
    <message>
        <source>Replace recovery code…</source>
        <translation>복구 코드 교체…</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>지금 백업…</translation>
    </message>
    <message>
        <source>An encrypted copy of the database and its key file, made while everyone keeps working</source>
        <translation>데이터베이스와 그 키 파일의 암호화된 사본 (모두가 작업을 계속하는 동안 만들어집니다)</translation>
    </message>
    <message>
        <source>Shared server</source>
        <translation>공용 서버</translation>
    </message>
    <message>
        <source>The unit&apos;s data are on {server}, reached over TLS ({version}).</source>
        <translation>병동 데이터는 {server}에 있으며 TLS로 연결됩니다 ({version}).</translation>
    </message>
    <message>
        <source>Backups are made on the server by IT (pg_dump or the server&apos;s own backups), not from a workstation. There is no recovery code: keep at least two administrator accounts, so that one can give the other a temporary password. Accounts moved from a workstation&apos;s file sign in only after an administrator gives them a temporary password (Reset password…).</source>
        <translation>백업은 워크스테이션이 아니라 서버에서 IT 부서가 만듭니다 (pg_dump 또는 서버 자체 백업). 복구 코드는 없습니다: 한 관리자가 다른 관리자에게 임시 비밀번호를 줄 수 있도록 관리자 계정을 두 개 이상 유지하십시오. 워크스테이션 파일에서 옮겨 온 계정은 관리자가 임시 비밀번호를 준 뒤에만 로그인할 수 있습니다 (비밀번호 재설정…).</translation>
    </message>
    <message>
        <source>Data for the statistician</source>
        <translation>통계 담당자용 데이터</translation>
    </message>
    <message>
        <source>Every record of the trial as CSV files (UTF-8, ISO dates, one header row) with a data dictionary describing each column, in a new folder — and the same files in one AES-256 zip archive beside it, protected by a password you choose. Pseudonymised unless you choose an identified export (confirmed with your password). Each export is audited with its reason. Nothing is ever overwritten.</source>
        <translation>임상시험의 모든 기록을 CSV 파일(UTF-8, ISO 날짜, 머리글 행 1개)과 각 열을 설명하는 데이터 사전으로 새 폴더에 저장하고, 같은 파일을 그 옆에 직접 정한 비밀번호로 보호되는 AES-256 zip 압축 파일 하나로 저장합니다. 식별 가능한 내보내기(비밀번호로 확인)를 선택하지 않는 한 가명 처리됩니다. 모든 내보내기는 사유와 함께 감사 기록됩니다. 기존 파일은 절대 덮어쓰지 않습니다.</translation>
    </message>
    <message>
        <source>Files: {files}.</source>
        <translation>파일: {files}.</translation>
    </message>
    <message>
        <source>Export trial data…</source>
        <translation>임상시험 데이터 내보내기…</translation>
    </message>
    <message>
        <source>{rows} rows (IDENTIFIED) written to the encrypted archive {archive} only.</source>
        <translation>{rows}행(식별 정보 포함)을 암호화된 압축 파일 {archive}에만 저장했습니다.</translation>
    </message>
    <message>
        <source>{rows} rows (pseudonymised) written to {folder} and {archive}.</source>
        <translation>{rows}행 (가명 처리)을 {folder} 및 {archive}에 저장했습니다.</translation>
    </message>
    <message>
        <source>Numbers the protocol leaves to the site, used by the screening checklist and the orders. Changing one asks for a reason (audited).</source>
        <translation>프로토콜이 기관에 맡긴 수치로, 스크리닝 체크리스트와 처방에 쓰입니다. 변경하려면 사유를 입력해야 합니다 (감사 기록).</translation>
    </message>
    <message>
        <source>Numbers the protocol leaves to the site, used by the screening checklist and the orders. An administrator or investigator can change them.</source>
        <translation>프로토콜이 기관에 맡긴 수치로, 스크리닝 체크리스트와 처방에 쓰입니다. 관리자 또는 연구자가 변경할 수 있습니다.</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>변경…</translation>
    </message>
    <message>
        <source>default</source>
        <translation>기본값</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>변경됨</translation>
    </message>
    <message>
        <source>Shipped default: {value}</source>
        <translation>출하 시 기본값: {value}</translation>
    </message>
    <message>
        <source>Deactivate {username}</source>
        <translation>{username} 비활성화</translation>
    </message>
    <message>
        <source>{name} will no longer be able to sign in. Their records and audit entries stay. Why is the account deactivated?</source>
        <translation>{name}님은 더 이상 로그인할 수 없습니다. 이 사용자의 기록과 감사 항목은 남습니다. 계정을 비활성화하는 사유는 무엇입니까?</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>비활성화</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>비밀번호 재설정</translation>
    </message>
    <message>
        <source>{username} must choose a new password at the next sign-in.</source>
        <translation>{username}님은 다음 로그인 때 새 비밀번호를 정해야 합니다.</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>비밀번호 변경됨</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>비밀번호가 변경되었습니다.</translation>
    </message>
    <message>
        <source>Replace recovery code</source>
        <translation>복구 코드 교체</translation>
    </message>
    <message>
        <source>A new recovery code replaces the current one, which stops working at once.</source>
        <translation>새 복구 코드가 현재 코드를 대체하며, 현재 코드는 즉시 사용할 수 없게 됩니다.</translation>
    </message>
    <message>
        <source>Replace code</source>
        <translation>코드 교체</translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation>데이터베이스 백업</translation>
    </message>
    <message>
        <source>Encrypted database (*.db)</source>
        <translation>암호화된 데이터베이스 (*.db)</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>데이터베이스를 백업하는 중…</translation>
    </message>
    <message>
        <source>Backup written to {path} with its key file ({size} bytes). Keep both together, away from this workstation.</source>
        <translation>백업을 키 파일과 함께 {path}에 저장했습니다 ({size}바이트). 두 파일을 함께, 이 워크스테이션과 떨어진 곳에 보관하십시오.</translation>
    </message>
    <message>
        <source>at every sign-out</source>
        <translation>로그아웃할 때마다</translation>
    </message>
    <message>
        <source>once a day (first sign-in or out)</source>
        <translation>하루 한 번 (첫 로그인 또는 로그아웃 때)</translation>
    </message>
    <message>
        <source>off (setting backup_schedule)</source>
        <translation>꺼짐 (설정 backup_schedule)</translation>
    </message>
    <message>
        <source>Automatic backups: {when}; the newest {keep} kept in {folder}.</source>
        <translation>자동 백업: {when}; 최신 {keep}개를 {folder}에 보관합니다.</translation>
    </message>
    <message>
        <source>Newest: {when}.</source>
        <translation>최신: {when}.</translation>
    </message>
    <message>
        <source>The last automatic backup FAILED: {error}</source>
        <translation>마지막 자동 백업이 실패했습니다: {error}</translation>
    </message>
</context>
<context>
    <name>AdverseEventAction</name>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>dose delayed</source>
        <translation>투여 연기</translation>
    </message>
    <message>
        <source>dose reduced</source>
        <translation>감량</translation>
    </message>
    <message>
        <source>drug stopped</source>
        <translation>투약 중단</translation>
    </message>
</context>
<context>
    <name>AdverseEventDialog</name>
    <message>
        <source>Correct the adverse event</source>
        <translation>이상반응 수정</translation>
    </message>
    <message>
        <source>Record an adverse event</source>
        <translation>이상반응 기록</translation>
    </message>
    <message>
        <source>&lt;b&gt;{id}&lt;/b&gt; · {name} — graded with &lt;b&gt;CTCAE v4.03&lt;/b&gt;: read the grade texts and choose the one that fits.</source>
        <translation>&lt;b&gt;{id}&lt;/b&gt; · {name} — &lt;b&gt;CTCAE v4.03&lt;/b&gt; 기준으로 등급을 매깁니다. 등급별 설명을 읽고 해당하는 등급을 선택하십시오.</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>수정 저장</translation>
    </message>
    <message>
        <source>Save event</source>
        <translation>이상반응 저장</translation>
    </message>
    <message>
        <source>Type a term, an abbreviation (ANC, ALT) or a body system…</source>
        <translation>용어, 약어(ANC, ALT) 또는 신체 기관계를 입력하십시오…</translation>
    </message>
    <message>
        <source>No term chosen</source>
        <translation>선택된 용어 없음</translation>
    </message>
    <message>
        <source>&lt;b&gt;CTCAE term&lt;/b&gt; (common terms for this regimen first)</source>
        <translation>&lt;b&gt;CTCAE 용어&lt;/b&gt; (이 요법에서 흔한 용어 먼저)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Grade&lt;/b&gt;</source>
        <translation>&lt;b&gt;등급&lt;/b&gt;</translation>
    </message>
    <message>
        <source>name the event (this term is “Other, specify”)</source>
        <translation>이상반응 이름을 입력하십시오 (이 용어는 “Other, specify”입니다)</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>미회복</translation>
    </message>
    <message>
        <source>Serious adverse event</source>
        <translation>중대한 이상반응</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>선택 사항</translation>
    </message>
    <message>
        <source>why the grade differs from the lab value&apos;s</source>
        <translation>검사 수치의 등급과 다른 이유</translation>
    </message>
    <message>
        <source>kept in the audit trail</source>
        <translation>감사 추적에 보관됩니다</translation>
    </message>
    <message>
        <source>Specify</source>
        <translation>명시</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>주기</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>발생일</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>회복일</translation>
    </message>
    <message>
        <source>&lt;b&gt;Related to&lt;/b&gt;</source>
        <translation>&lt;b&gt;인과관계&lt;/b&gt;</translation>
    </message>
    <message>
        <source>each drug of the regimen, chosen — never pre-filled</source>
        <translation>요법의 약제마다 선택 — 미리 채워지지 않음</translation>
    </message>
    <message>
        <source>Attribution of this event to {drug}</source>
        <translation>이 이상반응과 {drug}의 인과관계</translation>
    </message>
    <message>
        <source>SAE</source>
        <translation>SAE</translation>
    </message>
    <message>
        <source>SAE criterion</source>
        <translation>SAE 기준</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>취한 조치</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Grade reason</source>
        <translation>등급 사유</translation>
    </message>
    <message>
        <source>Reason for correction</source>
        <translation>수정 사유</translation>
    </message>
    <message>
        <source>No CTCAE term matches: try another word.</source>
        <translation>일치하는 CTCAE 용어가 없습니다. 다른 단어로 검색하십시오.</translation>
    </message>
    <message>
        <source>CTCAE gives no definition.</source>
        <translation>CTCAE에 정의가 없습니다.</translation>
    </message>
    <message>
        <source>From the lab result of {date}: {value} → CTCAE v4.03 grade &lt;b&gt;{grade}&lt;/b&gt;. A different grade needs a reason.</source>
        <translation>{date} 검사 결과: {value} → CTCAE v4.03 &lt;b&gt;{grade}&lt;/b&gt;등급. 다른 등급을 선택하려면 사유가 필요합니다.</translation>
    </message>
    <message>
        <source>Not a date.</source>
        <translation>날짜가 아닙니다.</translation>
    </message>
    <message>
        <source>Choose the CTCAE term from the list.</source>
        <translation>목록에서 CTCAE 용어를 선택하십시오.</translation>
    </message>
</context>
<context>
    <name>AdverseEventOutcome</name>
    <message>
        <source>recovered/resolved</source>
        <translation>회복/해소</translation>
    </message>
    <message>
        <source>recovering/resolving</source>
        <translation>회복 중/해소 중</translation>
    </message>
    <message>
        <source>not recovered/not resolved</source>
        <translation>회복되지 않음/해소되지 않음</translation>
    </message>
    <message>
        <source>recovered with sequelae</source>
        <translation>후유증을 남기고 회복</translation>
    </message>
    <message>
        <source>fatal</source>
        <translation>사망</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
</context>
<context>
    <name>AgeRow</name>
    <message>
        <source>Computed from the date of birth</source>
        <translation>생년월일로 계산</translation>
    </message>
    <message>
        <source>Registry (date of birth)</source>
        <translation>등록 정보 (생년월일)</translation>
    </message>
    <message>
        <source>Born {born}; assessed {assessed}</source>
        <translation>출생 {born}; 평가 {assessed}</translation>
    </message>
</context>
<context>
    <name>AllergiesDialog</name>
    <message>
        <source>⚠ &lt;b&gt;Not yet asked.&lt;/b&gt; Nobody has recorded this patient&apos;s allergies: an order cannot be signed until the allergies, or “no known allergies”, are recorded.</source>
        <translation>⚠ &lt;b&gt;아직 확인 안 함.&lt;/b&gt; 이 환자의 알레르기를 기록한 사람이 없습니다. 알레르기 또는 “알려진 알레르기 없음”이 기록될 때까지 처방에 서명할 수 없습니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No known allergies&lt;/b&gt; — asked by {name} on {date}.</source>
        <translation>&lt;b&gt;알려진 알레르기 없음&lt;/b&gt; — 확인: {name}, {date}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No known allergies&lt;/b&gt; — asked by {name}.</source>
        <translation>&lt;b&gt;알려진 알레르기 없음&lt;/b&gt; — 확인: {name}.</translation>
    </message>
    <message>
        <source>⚠ &lt;b&gt;Allergies recorded:&lt;/b&gt; {names}</source>
        <translation>⚠ &lt;b&gt;기록된 알레르기:&lt;/b&gt; {names}</translation>
    </message>
    <message>
        <source>Allergies — {id}</source>
        <translation>알레르기 — {id}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{id}&lt;/b&gt; · {name} · allergies and infusion reactions</source>
        <translation>&lt;b&gt;{id}&lt;/b&gt; · {name} · 알레르기 및 주입 반응</translation>
    </message>
    <message>
        <source>Show &amp;voided entries</source>
        <translation>무효 처리된 항목 표시(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>추가(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>수정(&amp;C)…</translation>
    </message>
    <message>
        <source>Vo&amp;id…</source>
        <translation>무효 처리(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;No known allergies…</source>
        <translation>알려진 알레르기 없음(&amp;N)…</translation>
    </message>
    <message>
        <source>Void “no known allergies”…</source>
        <translation>“알려진 알레르기 없음” 무효 처리…</translation>
    </message>
    <message>
        <source>Read only: nurses, pharmacists and investigators record allergies.</source>
        <translation>읽기 전용: 알레르기는 간호사, 약사, 연구자가 기록합니다.</translation>
    </message>
    <message>
        <source>Void the allergies recorded in error first</source>
        <translation>잘못 기록된 알레르기를 먼저 무효 처리하십시오</translation>
    </message>
    <message>
        <source>The patient was asked and has no known allergy: who asked and when</source>
        <translation>환자에게 확인했고 알려진 알레르기가 없음: 확인한 사람과 날짜</translation>
    </message>
    <message>
        <source>{allergen} recorded.</source>
        <translation>{allergen} 기록됨.</translation>
    </message>
    <message>
        <source>{allergen} corrected.</source>
        <translation>{allergen} 수정됨.</translation>
    </message>
    <message>
        <source>Void the allergy {allergen}</source>
        <translation>알레르기 {allergen} 무효 처리</translation>
    </message>
    <message>
        <source>“{allergen}” was recorded in error (wrong patient, not an allergy). It stays in the record, struck through. With no allergy left the patient is “not yet asked” again. Why is it voided?</source>
        <translation>“{allergen}”이(가) 잘못 기록되었습니다 (다른 환자, 알레르기 아님). 기록에는 취소선이 그어진 채 남습니다. 남은 알레르기가 없으면 환자는 다시 “아직 확인 안 함” 상태가 됩니다. 무효 처리 사유는 무엇입니까?</translation>
    </message>
    <message>
        <source>Void allergy</source>
        <translation>알레르기 무효 처리</translation>
    </message>
    <message>
        <source>{allergen} voided.</source>
        <translation>{allergen} 무효 처리됨.</translation>
    </message>
    <message>
        <source>“No known allergies” recorded.</source>
        <translation>“알려진 알레르기 없음” 기록됨.</translation>
    </message>
    <message>
        <source>Void “no known allergies”</source>
        <translation>“알려진 알레르기 없음” 무효 처리</translation>
    </message>
    <message>
        <source>The statement was recorded in error (e.g. for the wrong patient). The patient is “not yet asked” again until someone asks. Why is it voided?</source>
        <translation>이 진술은 잘못 기록되었습니다 (예: 다른 환자). 누군가 다시 확인할 때까지 환자는 “아직 확인 안 함” 상태가 됩니다. 무효 처리 사유는 무엇입니까?</translation>
    </message>
    <message>
        <source>Void statement</source>
        <translation>진술 무효 처리</translation>
    </message>
    <message>
        <source>“No known allergies” voided.</source>
        <translation>“알려진 알레르기 없음” 무효 처리됨.</translation>
    </message>
</context>
<context>
    <name>AllergiesTableModel</name>
    <message>
        <source>{allergen} (voided)</source>
        <translation>{allergen} (무효 처리됨)</translation>
    </message>
    <message>
        <source>{day} · {who} (corrected)</source>
        <translation>{day} · {who} (수정됨)</translation>
    </message>
    <message>
        <source>{day} · {who}</source>
        <translation>{day} · {who}</translation>
    </message>
    <message>
        <source>Recorded by {who} on {time}</source>
        <translation>기록: {who}, {time}</translation>
    </message>
    <message>
        <source>Corrected by {who} on {time} (reason in the audit trail)</source>
        <translation>수정: {who}, {time} (사유는 감사 추적에 있음)</translation>
    </message>
    <message>
        <source>Voided: {reason}</source>
        <translation>무효 처리: {reason}</translation>
    </message>
</context>
<context>
    <name>AllergyCategory</name>
    <message>
        <source>drug</source>
        <translation>약물</translation>
    </message>
    <message>
        <source>contrast medium</source>
        <translation>조영제</translation>
    </message>
    <message>
        <source>infusion reaction</source>
        <translation>주입 반응</translation>
    </message>
    <message>
        <source>food</source>
        <translation>음식</translation>
    </message>
    <message>
        <source>latex or environment</source>
        <translation>라텍스 또는 환경</translation>
    </message>
    <message>
        <source>other</source>
        <translation>기타</translation>
    </message>
</context>
<context>
    <name>AllergyColumn</name>
    <message>
        <source>Allergen</source>
        <translation>알레르기 유발 물질</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>반응</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>중증도</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>기록</translation>
    </message>
</context>
<context>
    <name>AllergyEntryDialog</name>
    <message>
        <source>choose or type who told you / which record</source>
        <translation>알려 준 사람 또는 근거 기록을 선택하거나 입력</translation>
    </message>
    <message>
        <source>Record an allergy — {id}</source>
        <translation>알레르기 기록 — {id}</translation>
    </message>
    <message>
        <source>Record allergy</source>
        <translation>알레르기 기록</translation>
    </message>
    <message>
        <source>An allergy or infusion reaction of {who}: the drug, agent or substance, what happened and how severe it was. It is shown in the patient header and printed on every order sheet; a standing “no known allergies” is replaced by it.</source>
        <translation>{who}의 알레르기 또는 주입 반응: 약물·제제·물질, 일어난 반응과 그 중증도. 환자 정보 줄에 표시되고 모든 처방지에 출력되며, 기존의 “알려진 알레르기 없음”은 이것으로 대체됩니다.</translation>
    </message>
    <message>
        <source>Correct an allergy — {id}</source>
        <translation>알레르기 수정 — {id}</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>수정 저장</translation>
    </message>
    <message>
        <source>Correct the entry “{allergen}” of {who}. The old values and the reason stay in the audit trail.</source>
        <translation>{who}의 항목 “{allergen}”을(를) 수정합니다. 이전 값과 사유는 감사 추적에 남습니다.</translation>
    </message>
    <message>
        <source>e.g. penicillin, iodinated contrast, cetuximab</source>
        <translation>예: penicillin, 요오드 조영제, cetuximab</translation>
    </message>
    <message>
        <source>e.g. urticaria, anaphylaxis, flushing and chills</source>
        <translation>예: 두드러기, 아나필락시스, 홍조 및 오한</translation>
    </message>
    <message>
        <source>yyyy-mm-dd (optional)</source>
        <translation>연-월-일 (선택)</translation>
    </message>
    <message>
        <source>When it happened or was first noted; leave empty if nobody knows</source>
        <translation>발생했거나 처음 확인된 날짜. 아무도 모르면 비워 두십시오</translation>
    </message>
    <message>
        <source>kept in the audit trail</source>
        <translation>감사 추적에 보관됨</translation>
    </message>
    <message>
        <source>Allergen</source>
        <translation>알레르기 유발 물질</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>반응</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>중증도</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>수정 사유</translation>
    </message>
</context>
<context>
    <name>AllergySeverity</name>
    <message>
        <source>mild</source>
        <translation>경증</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>중등증</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>중증</translation>
    </message>
    <message>
        <source>life-threatening</source>
        <translation>생명을 위협함</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
</context>
<context>
    <name>AllergySource</name>
    <message>
        <source>patient</source>
        <translation>환자</translation>
    </message>
    <message>
        <source>family or carer</source>
        <translation>가족 또는 보호자</translation>
    </message>
    <message>
        <source>medical record</source>
        <translation>의무기록</translation>
    </message>
    <message>
        <source>referring letter</source>
        <translation>진료의뢰서</translation>
    </message>
    <message>
        <source>observed in this unit</source>
        <translation>본 병동에서 관찰됨</translation>
    </message>
</context>
<context>
    <name>AllergyStatus</name>
    <message>
        <source>none known</source>
        <translation>알려진 알레르기 없음</translation>
    </message>
    <message>
        <source>not yet asked</source>
        <translation>아직 확인하지 않음</translation>
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
    <name>AssessmentColumn</name>
    <message>
        <source>Scan</source>
        <translation>검사</translation>
    </message>
    <message>
        <source>Sum (mm)</source>
        <translation>합계 (mm)</translation>
    </message>
    <message>
        <source>vs baseline</source>
        <translation>기저 대비</translation>
    </message>
    <message>
        <source>vs nadir</source>
        <translation>최저치 대비</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>표적</translation>
    </message>
    <message>
        <source>Non-target</source>
        <translation>비표적</translation>
    </message>
    <message>
        <source>New lesion</source>
        <translation>새 병변</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>반응</translation>
    </message>
    <message>
        <source>CEA (ng/mL)</source>
        <translation>CEA (ng/mL)</translation>
    </message>
</context>
<context>
    <name>AssessmentsModel</name>
    <message>
        <source>(baseline)</source>
        <translation>(기저)</translation>
    </message>
    <message>
        <source>no</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>yes: {site}</source>
        <translation>있음: {site}</translation>
    </message>
</context>
<context>
    <name>Attribution</name>
    <message>
        <source>unrelated</source>
        <translation>관련 없음</translation>
    </message>
    <message>
        <source>unlikely</source>
        <translation>관련성 낮음</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>관련 가능성 있음</translation>
    </message>
    <message>
        <source>probable</source>
        <translation>관련성 높음</translation>
    </message>
    <message>
        <source>definite</source>
        <translation>명백히 관련됨</translation>
    </message>
</context>
<context>
    <name>AuditColumn</name>
    <message>
        <source>Time (UTC)</source>
        <translation>시각 (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>변경 내용</translation>
    </message>
</context>
<context>
    <name>AuditScreen</name>
    <message>
        <source>Your role cannot view the audit trail.</source>
        <translation>현재 역할로는 감사 추적을 볼 수 없습니다.</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>감사 추적</translation>
    </message>
    <message>
        <source>Who did what and when (UTC), newest first. Rows cannot be changed or deleted; each holds the hash of the one before it.</source>
        <translation>누가 언제 무엇을 했는지 (UTC), 최신 순. 기록은 변경하거나 삭제할 수 없으며, 각 행은 앞 행의 해시를 담고 있습니다.</translation>
    </message>
    <message>
        <source>Monitors, investigators, coordinators and administrators can read it. Ask one of them if you need to know who changed a record.</source>
        <translation>모니터 요원, 연구자, 연구 코디네이터, 관리자가 볼 수 있습니다. 누가 기록을 변경했는지 알아야 하면 이들 중 한 명에게 문의하십시오.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Verify integrity</source>
        <translation>무결성 확인</translation>
    </message>
    <message>
        <source>Check the file&apos;s pages and the whole audit chain</source>
        <translation>파일의 페이지와 감사 체인 전체를 확인합니다</translation>
    </message>
    <message>
        <source>Loading the audit trail…</source>
        <translation>감사 추적을 불러오는 중…</translation>
    </message>
    <message>
        <source>Verifying the database and the audit trail…</source>
        <translation>데이터베이스와 감사 추적을 확인하는 중…</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>{field}: {old} → (removed)</source>
        <translation>{field}: {old} → (삭제됨)</translation>
    </message>
</context>
<context>
    <name>CatheterEventDialog</name>
    <message>
        <source>&lt;b&gt;{id}&lt;/b&gt; · {name} — catheter: {state}.</source>
        <translation>&lt;b&gt;{id}&lt;/b&gt; · {name} — 카테터: {state}.</translation>
    </message>
    <message>
        <source>Record a catheter event</source>
        <translation>카테터 이벤트 기록</translation>
    </message>
    <message>
        <source>Save event</source>
        <translation>이벤트 저장</translation>
    </message>
    <message>
        <source>interventional radiologist, surgeon or investigator</source>
        <translation>중재영상의학과 의사, 외과의 또는 연구자</translation>
    </message>
    <message>
        <source>e.g. right lower chest, subcutaneous pocket</source>
        <translation>예: 우하흉부, 피하 포켓</translation>
    </message>
    <message>
        <source>e.g. common hepatic artery, GDA coiled</source>
        <translation>예: 총간동맥, GDA 코일 색전</translation>
    </message>
    <message>
        <source>why it was done</source>
        <translation>시행 이유</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>선택 사항</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Complication</source>
        <translation>합병증</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>시술자</translation>
    </message>
    <message>
        <source>Access route</source>
        <translation>접근 경로</translation>
    </message>
    <message>
        <source>Port location</source>
        <translation>포트 위치</translation>
    </message>
    <message>
        <source>Tip position</source>
        <translation>카테터 끝 위치</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>only if changed</source>
        <translation>변경된 경우에만</translation>
    </message>
    <message>
        <source>what was found (optional)</source>
        <translation>발견 내용 (선택 사항)</translation>
    </message>
    <message>
        <source>who found it (optional)</source>
        <translation>발견자 (선택 사항)</translation>
    </message>
    <message>
        <source>Not a date.</source>
        <translation>날짜가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>CatheterLog</name>
    <message>
        <source>HAI catheter log</source>
        <translation>HAI 카테터 기록</translation>
    </message>
    <message>
        <source>Date, time</source>
        <translation>날짜, 시각</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>What / outcome</source>
        <translation>내용 / 결과</translation>
    </message>
    <message>
        <source>Findings and details</source>
        <translation>소견 및 세부 사항</translation>
    </message>
    <message>
        <source>By</source>
        <translation>기록자</translation>
    </message>
    <message>
        <source>Catheter</source>
        <translation>카테터</translation>
    </message>
    <message>
        <source>Access route</source>
        <translation>접근 경로</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>포트</translation>
    </message>
    <message>
        <source>Tip</source>
        <translation>카테터 끝</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>시술자</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>기록 없음</translation>
    </message>
    <message>
        <source>every {days} days (site rule)</source>
        <translation>{days}일마다 (기관 규칙)</translation>
    </message>
    <message>
        <source>Perfusion check due</source>
        <translation>관류 검사 필요</translation>
    </message>
    <message>
        <source>Next due by {day} — {interval}</source>
        <translation>다음 검사 기한 {day} — {interval}</translation>
    </message>
    <message>
        <source>Last angiographic / perfusion check</source>
        <translation>최근 혈관조영 / 관류 검사</translation>
    </message>
    <message>
        <source>&lt;b&gt;⚑ Needs IR review:&lt;/b&gt; {reasons} — the next inspection is mandatory.</source>
        <translation>&lt;b&gt;⚑ IR 검토 필요:&lt;/b&gt; {reasons} — 다음 점검은 필수입니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Today&apos;s HAI gate ({day}):&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;오늘의 HAI 투여 판정 ({day}):&lt;/b&gt; {reason}</translation>
    </message>
    <message>
        <source>&lt;b&gt;VOIDED&lt;/b&gt; ({reason}) — {details}</source>
        <translation>&lt;b&gt;무효 처리됨&lt;/b&gt; ({reason}) — {details}</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>건수</translation>
    </message>
    <message>
        <source>Inspections by outcome</source>
        <translation>결과별 점검</translation>
    </message>
    <message>
        <source>Also counted</source>
        <translation>기타 집계</translation>
    </message>
    <message>
        <source>Complications by type</source>
        <translation>유형별 합병증</translation>
    </message>
    <message>
        <source>1 entry on record</source>
        <translation>기록 1건</translation>
    </message>
    <message>
        <source>{count} entries on record</source>
        <translation>기록 {count}건</translation>
    </message>
    <message>
        <source>{entries}, {voided} voided (shown, marked)</source>
        <translation>{entries}, 무효 처리 {voided}건 (표시하여 포함)</translation>
    </message>
    <message>
        <source>{entries} · events, inspections before use and pain during HAI, oldest first</source>
        <translation>{entries} · 카테터 이벤트, 사용 전 점검, HAI 중 통증을 오래된 순으로 표시</translation>
    </message>
    <message>
        <source>The catheter now</source>
        <translation>현재 카테터 상태</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>Times are local ({zone}). Events carry a date only.</source>
        <translation>시각은 현지 시각({zone})입니다. 카테터 이벤트에는 날짜만 있습니다.</translation>
    </message>
    <message>
        <source>Nothing recorded for this patient&apos;s catheter.</source>
        <translation>이 환자의 카테터에 대한 기록이 없습니다.</translation>
    </message>
    <message>
        <source>Across the trial</source>
        <translation>임상시험 전체</translation>
    </message>
    <message>
        <source>Live records of every patient (voided entries not counted).</source>
        <translation>모든 환자의 유효 기록 (무효 처리된 기록은 제외).</translation>
    </message>
    <message>
        <source>HAI catheter log {id}</source>
        <translation>HAI 카테터 기록 {id}</translation>
    </message>
    <message>
        <source>Catheter event</source>
        <translation>카테터 이벤트</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>점검</translation>
    </message>
    <message>
        <source>Pain during HAI</source>
        <translation>HAI 중 통증</translation>
    </message>
    <message>
        <source>{location} pain</source>
        <translation>{location} 통증</translation>
    </message>
    <message>
        <source>Patients with a catheter recorded</source>
        <translation>카테터가 기록된 환자</translation>
    </message>
    <message>
        <source>Catheters in place now</source>
        <translation>현재 유치 중인 카테터</translation>
    </message>
    <message>
        <source>Pain during HAI reports</source>
        <translation>HAI 중 통증 보고</translation>
    </message>
    <message>
        <source>in place since {day}</source>
        <translation>{day}부터 유치 중</translation>
    </message>
    <message>
        <source>removed on {day}</source>
        <translation>{day}에 제거됨</translation>
    </message>
    <message>
        <source>pain during HAI reported {time} ({location}, infusion stopped)</source>
        <translation>{time}에 HAI 중 통증 보고 ({location}, 주입 중단)</translation>
    </message>
    <message>
        <source>pain during HAI reported {time} ({location}, infusion continued)</source>
        <translation>{time}에 HAI 중 통증 보고 ({location}, 주입 계속)</translation>
    </message>
    <message>
        <source>pain during HAI reported {time} ({location}, infusion {infusion})</source>
        <translation>{time}에 HAI 중 통증 보고 ({location}, 주입 {infusion})</translation>
    </message>
    <message>
        <source>the inspection of {day} asked for it</source>
        <translation>{day} 점검에서 요청함</translation>
    </message>
</context>
<context>
    <name>CatheterScreen</name>
    <message>
        <source>event</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <source>inspection</source>
        <translation>점검</translation>
    </message>
    <message>
        <source>pain during HAI</source>
        <translation>HAI 중 통증</translation>
    </message>
    <message>
        <source>&lt;b&gt;Catheter in place&lt;/b&gt; since {date}</source>
        <translation>&lt;b&gt;카테터 유치 중&lt;/b&gt; ({date}부터)</translation>
    </message>
    <message>
        <source>port: {location}</source>
        <translation>포트: {location}</translation>
    </message>
    <message>
        <source>tip: {position}</source>
        <translation>끝 위치: {position}</translation>
    </message>
    <message>
        <source>by {operator}</source>
        <translation>시술자: {operator}</translation>
    </message>
    <message>
        <source>Last angiographic / perfusion check {date} ({result})</source>
        <translation>최근 혈관조영 / 관류 검사 {date} ({result})</translation>
    </message>
    <message>
        <source>Last angiographic / perfusion check {date}</source>
        <translation>최근 혈관조영 / 관류 검사 {date}</translation>
    </message>
    <message>
        <source>No angiographic or perfusion check recorded</source>
        <translation>기록된 혈관조영 또는 관류 검사 없음</translation>
    </message>
    <message>
        <source>HAI ended {date}: no check due</source>
        <translation>HAI 종료 {date}: 검사 필요 없음</translation>
    </message>
    <message>
        <source>perfusion check due</source>
        <translation>관류 검사 필요</translation>
    </message>
    <message>
        <source>next due by {date}</source>
        <translation>다음 검사 기한 {date}</translation>
    </message>
    <message>
        <source>(every {days} days, site rule)</source>
        <translation>({days}일마다, 기관 규칙)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Catheter removed&lt;/b&gt; on {date}: no HAI until it is reinserted (a catheter event) and inspected fit.</source>
        <translation>&lt;b&gt;카테터 제거됨&lt;/b&gt; ({date}): 재삽입(카테터 이벤트)하고 점검에서 HAI 투여 가능으로 판정될 때까지 HAI를 할 수 없습니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No catheter recorded.&lt;/b&gt; Interventional radiology records the implantation (Catheter event…); then it is inspected before each use.</source>
        <translation>&lt;b&gt;기록된 카테터 없음.&lt;/b&gt; 중재영상의학과에서 삽입을 기록하고(카테터 이벤트…), 이후 매 사용 전에 점검합니다.</translation>
    </message>
    <message>
        <source>⚑ Needs IR review: {reasons} — the next inspection is mandatory</source>
        <translation>⚑ IR 검토 필요: {reasons} — 다음 점검은 필수입니다</translation>
    </message>
    <message>
        <source>Today&apos;s HAI gate: none — HAI ended on {date} (end of treatment).</source>
        <translation>오늘의 HAI 투여 판정: 없음 — {date}에 HAI 종료 (치료 종료).</translation>
    </message>
    <message>
        <source>Today&apos;s HAI gate: {gate}</source>
        <translation>오늘의 HAI 투여 판정: {gate}</translation>
    </message>
    <message>
        <source>Catheter</source>
        <translation>카테터</translation>
    </message>
    <message>
        <source>The HAI port and catheter: inspected before each use; its record decides whether the HAI oxaliplatin line of today&apos;s order may run.</source>
        <translation>HAI 포트와 카테터: 매 사용 전에 점검하며, 그 기록에 따라 오늘 처방의 HAI oxaliplatin 투여 여부가 정해집니다.</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>CSV 내보내기(&amp;C)…</translation>
    </message>
    <message>
        <source>The patient&apos;s catheter log as a CSV file (pseudonymised)</source>
        <translation>환자의 카테터 기록을 CSV 파일로 내보냅니다 (가명 처리)</translation>
    </message>
    <message>
        <source>&amp;Log PDF…</source>
        <translation>기록 PDF(&amp;L)…</translation>
    </message>
    <message>
        <source>The patient&apos;s catheter log with the trial-wide counts, as a PDF to print or file</source>
        <translation>환자의 카테터 기록과 임상시험 전체 집계를 출력 또는 보관용 PDF로 만듭니다</translation>
    </message>
    <message>
        <source>&amp;Pain during HAI…</source>
        <translation>HAI 중 통증(&amp;P)…</translation>
    </message>
    <message>
        <source>Pain or discomfort during the HAI infusion: flags the catheter for IR review</source>
        <translation>HAI 주입 중 통증 또는 불편감: 카테터에 IR 검토 필요 표시를 합니다</translation>
    </message>
    <message>
        <source>Catheter &amp;event…</source>
        <translation>카테터 이벤트(&amp;E)…</translation>
    </message>
    <message>
        <source>Implantation, revision, repositioning, removal, reinsertion or complication</source>
        <translation>삽입, 교정, 위치 조정, 제거, 재삽입 또는 합병증</translation>
    </message>
    <message>
        <source>&amp;Inspect before use…</source>
        <translation>사용 전 점검(&amp;I)…</translation>
    </message>
    <message>
        <source>The inspection before each HAI use</source>
        <translation>매 HAI 사용 전 점검</translation>
    </message>
    <message>
        <source>&amp;Void entry…</source>
        <translation>항목 무효 처리(&amp;V)…</translation>
    </message>
    <message>
        <source>Void the selected event or inspection recorded in error (with the reason; it stays in the log)</source>
        <translation>잘못 기록된 선택 이벤트 또는 점검을 무효 처리합니다 (사유 필요, 기록에는 남습니다)</translation>
    </message>
    <message>
        <source>Live records across the trial (voided entries not counted).</source>
        <translation>임상시험 전체의 유효 기록 (무효 처리된 항목은 제외)</translation>
    </message>
    <message>
        <source>Patient log</source>
        <translation>환자 기록</translation>
    </message>
    <message>
        <source>Trial counts</source>
        <translation>임상시험 집계</translation>
    </message>
    <message>
        <source>Choose a patient first (Patients, or Ctrl+F).</source>
        <translation>먼저 환자를 선택하십시오 (환자 화면 또는 Ctrl+F).</translation>
    </message>
    <message>
        <source>is not randomized: the HAI catheter is recorded for experimental-arm patients on study.</source>
        <translation>환자는 무작위배정 전입니다. HAI 카테터는 연구에 참여 중인 실험군 환자에 대해 기록합니다.</translation>
    </message>
    <message>
        <source>is in the control arm (FOLFIRI + targeted therapy): no HAI, so there is no catheter to record or inspect.</source>
        <translation>환자는 대조군(FOLFIRI + 표적치료)입니다. HAI를 하지 않으므로 기록하거나 점검할 카테터가 없습니다.</translation>
    </message>
    <message>
        <source>HAI catheter</source>
        <translation>HAI 카테터</translation>
    </message>
    <message>
        <source>The inspection before each HAI use — no catheter in place</source>
        <translation>매 HAI 사용 전 점검 — 유치된 카테터 없음</translation>
    </message>
    <message>
        <source>Pain or discomfort during the HAI infusion: flags the catheter for IR review — no catheter in place</source>
        <translation>HAI 주입 중 통증 또는 불편감: 카테터에 IR 검토 필요 표시를 합니다 — 유치된 카테터 없음</translation>
    </message>
    <message>
        <source>Inspection saved: {outcome}.</source>
        <translation>점검을 저장했습니다: {outcome}.</translation>
    </message>
    <message>
        <source>Catheter event saved: {kind}.</source>
        <translation>카테터 이벤트를 저장했습니다: {kind}.</translation>
    </message>
    <message>
        <source>Pain during HAI recorded: the catheter needs IR review and an inspection before the next use.</source>
        <translation>HAI 중 통증을 기록했습니다. 다음 사용 전에 카테터의 IR 검토와 점검이 필요합니다.</translation>
    </message>
    <message>
        <source>Void the log entry</source>
        <translation>기록 항목 무효 처리</translation>
    </message>
    <message>
        <source>Void the {record} of {date} ({what}). It stays in the log, struck through, with the reason; the HAI gate is worked out again without it.</source>
        <translation>{date}의 {record}({what})을(를) 무효 처리합니다. 항목은 취소선과 사유와 함께 기록에 남으며, HAI 투여 판정은 이 항목을 빼고 다시 계산됩니다.</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>무효 처리</translation>
    </message>
    <message>
        <source>The {record} of {date} was voided.</source>
        <translation>{date}의 {record}을(를) 무효 처리했습니다.</translation>
    </message>
    <message>
        <source>Export the catheter log</source>
        <translation>카테터 기록 내보내기</translation>
    </message>
    <message>
        <source>Catheter log exported to {path} ({rows} rows).</source>
        <translation>카테터 기록을 {path}(으)로 내보냈습니다 ({rows}행).</translation>
    </message>
    <message>
        <source>Save the catheter log</source>
        <translation>카테터 기록 저장</translation>
    </message>
    <message>
        <source>Making the catheter log…</source>
        <translation>카테터 기록을 만드는 중…</translation>
    </message>
    <message>
        <source>Catheter log saved to {path}.</source>
        <translation>카테터 기록을 {path}에 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Your password was set by an administrator. Choose your own password before you continue; only you should know it.</source>
        <translation>비밀번호가 관리자에 의해 설정되었습니다. 계속하기 전에 본인만 아는 비밀번호를 정하십시오.</translation>
    </message>
    <message>
        <source>Choose a new password. Your current password is needed to confirm it is you.</source>
        <translation>새 비밀번호를 정하십시오. 본인 확인을 위해 현재 비밀번호가 필요합니다.</translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation>비밀번호 변경</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>비밀번호 변경</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>로그아웃</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>at least {n} characters</source>
        <translation>{n}자 이상</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>임시 비밀번호</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>현재 비밀번호</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>새 비밀번호</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>새 비밀번호 다시 입력</translation>
    </message>
    <message>
        <source>The two new passwords differ. Type the same password twice.</source>
        <translation>두 새 비밀번호가 다릅니다. 같은 비밀번호를 두 번 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>ChecklistForm</name>
    <message>
        <source>ELIGIBLE</source>
        <translation>적격</translation>
    </message>
    <message>
        <source>INELIGIBLE</source>
        <translation>부적격</translation>
    </message>
    <message>
        <source>NOT YET DETERMINED</source>
        <translation>아직 판정되지 않음</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>기준</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>응답</translation>
    </message>
    <message>
        <source>Evidence: test date · source</source>
        <translation>근거: 검사일 · 출처</translation>
    </message>
    <message>
        <source>Inclusion criteria — all must apply</source>
        <translation>선정 기준 — 모두 충족해야 함</translation>
    </message>
    <message>
        <source>Exclusion criteria — none may apply</source>
        <translation>제외 기준 — 하나도 해당되지 않아야 함</translation>
    </message>
</context>
<context>
    <name>ChoiceBox</name>
    <message>
        <source>choose…</source>
        <translation>선택…</translation>
    </message>
</context>
<context>
    <name>CompetencyColumn</name>
    <message>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Trained on</source>
        <translation>교육일</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>교육자</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>유효 기한</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
</context>
<context>
    <name>CompetencyDialog</name>
    <message>
        <source>Record HAI training</source>
        <translation>HAI 교육 기록</translation>
    </message>
    <message>
        <source>Only staff trained in HAI catheter access and HAI chemotherapy inspect the catheter and give the HAI line (protocol). Record the training the person completed; it is valid for {months} months [site rule: hai_competency_valid_months].</source>
        <translation>HAI 카테터 접근과 HAI 항암화학요법 교육을 받은 직원만 카테터를 점검하고 HAI 라인을 투여합니다 (프로토콜). 이수한 교육을 기록하십시오. 교육은 {months}개월 동안 유효합니다 [기관 규칙: hai_competency_valid_months].</translation>
    </message>
    <message>
        <source>Record training</source>
        <translation>교육 기록</translation>
    </message>
    <message>
        <source>who trained and assessed them (name, role)</source>
        <translation>교육 및 평가한 사람 (이름, 역할)</translation>
    </message>
    <message>
        <source>optional: what the training covered</source>
        <translation>선택 사항: 교육 내용</translation>
    </message>
    <message>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Trained on</source>
        <translation>교육일</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>교육자</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>valid until {day}</source>
        <translation>{day}까지 유효</translation>
    </message>
    <message>
        <source>valid for the months of the site rule from the training date</source>
        <translation>교육일로부터 기관 규칙의 개월 수 동안 유효</translation>
    </message>
    <message>
        <source>Choose the person who was trained.</source>
        <translation>교육받은 사람을 선택하십시오.</translation>
    </message>
    <message>
        <source>Enter the date of the training.</source>
        <translation>교육 날짜를 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>CompetencyPanel</name>
    <message>
        <source>HAI competency</source>
        <translation>HAI 자격</translation>
    </message>
    <message>
        <source>Only staff trained in HAI inspect the catheter and give the HAI line (protocol). A training is valid for &lt;b&gt;{months} months&lt;/b&gt; [site rule].</source>
        <translation>HAI 교육을 받은 직원만 카테터를 점검하고 HAI 라인을 투여합니다 (프로토콜). 교육은 &lt;b&gt;{months}개월&lt;/b&gt; 동안 유효합니다 [기관 규칙].</translation>
    </message>
    <message>
        <source>Site rule hai_competency_valid_months (Administration → Site rules)</source>
        <translation>기관 규칙 hai_competency_valid_months (관리 → 기관 규칙)</translation>
    </message>
    <message>
        <source>Record training…</source>
        <translation>교육 기록…</translation>
    </message>
    <message>
        <source>Void…</source>
        <translation>무효 처리…</translation>
    </message>
    <message>
        <source>Withdraw a training recorded in error (with a reason)</source>
        <translation>잘못 기록된 교육을 철회합니다 (사유 필요)</translation>
    </message>
    <message>
        <source>Void HAI competency — {name}</source>
        <translation>HAI 자격 무효 처리 — {name}</translation>
    </message>
    <message>
        <source>The training of &lt;b&gt;{name}&lt;/b&gt; on {day} (trainer: {trainer}) is voided: from now on they may not inspect the catheter or give the HAI line. It stays in the record, struck through. Why is it voided?</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;님의 {day} 교육(교육자: {trainer})을 무효 처리합니다: 이제부터 이 사람은 카테터를 점검하거나 HAI 라인을 투여할 수 없습니다. 교육 기록은 취소선이 그어진 채 남습니다. 무효 처리하는 사유는 무엇입니까?</translation>
    </message>
    <message>
        <source>The training of &lt;b&gt;{name}&lt;/b&gt; on {day} (trainer: {trainer}) is voided: It stays in the record, struck through. Why is it voided?</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;님의 {day} 교육(교육자: {trainer})을 무효 처리합니다: 교육 기록은 취소선이 그어진 채 남습니다. 무효 처리하는 사유는 무엇입니까?</translation>
    </message>
    <message>
        <source>Void competency</source>
        <translation>자격 무효 처리</translation>
    </message>
</context>
<context>
    <name>CompetencyTableModel</name>
    <message>
        <source>valid today</source>
        <translation>오늘 유효</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>만료됨</translation>
    </message>
    <message>
        <source>expired, renewed</source>
        <translation>만료, 갱신됨</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>무효</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>기록 없음</translation>
    </message>
    <message>
        <source>voided: {reason}</source>
        <translation>무효: {reason}</translation>
    </message>
    <message>
        <source>Recorded by {user}. {cell}</source>
        <translation>기록자: {user}. {cell}</translation>
    </message>
</context>
<context>
    <name>ConfirmAdministrationDialog</name>
    <message>
        <source>Drug</source>
        <translation>약물</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>처방</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>투여</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Reasons and notes</source>
        <translation>사유 및 메모</translation>
    </message>
    <message>
        <source>Dose: {reason}</source>
        <translation>용량: {reason}</translation>
    </message>
    <message>
        <source>Time: {reason}</source>
        <translation>시간: {reason}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pump running&lt;/b&gt; since {time}: its disconnection is recorded later</source>
        <translation>&lt;b&gt;펌프 작동 중&lt;/b&gt; ({time}부터): 분리는 나중에 기록합니다</translation>
    </message>
    <message>
        <source>Cycle {cycle} of {patient}: what was recorded as given by &lt;b&gt;{name}&lt;/b&gt; ({time}). Check it against the bags, the pumps and the chart before you sign; the confirmation is made by another nurse than the one who gave it.</source>
        <translation>{patient}의 {cycle}주기: &lt;b&gt;{name}&lt;/b&gt;이(가) 투여한 것으로 기록한 내용 ({time}). 서명하기 전에 수액백, 펌프, 기록지와 대조하십시오. 확인은 투여한 간호사가 아닌 다른 간호사가 합니다.</translation>
    </message>
    <message>
        <source>Cycle {cycle} of {patient}: what was recorded as given. Check it against the bags, the pumps and the chart before you sign; the confirmation is made by another nurse than the one who gave it.</source>
        <translation>{patient}의 {cycle}주기: 투여한 것으로 기록된 내용. 서명하기 전에 수액백, 펌프, 기록지와 대조하십시오. 확인은 투여한 간호사가 아닌 다른 간호사가 합니다.</translation>
    </message>
    <message>
        <source>Confirm administration — order #{id}</source>
        <translation>투여 확인 — 처방 #{id}</translation>
    </message>
    <message>
        <source>Confirm and sign</source>
        <translation>확인 및 서명</translation>
    </message>
    <message>
        <source>Double checked before giving by {checks}.</source>
        <translation>투여 전 이중 확인: {checks}.</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Signature meaning: &lt;i&gt;“second-nurse check”&lt;/i&gt;.</source>
        <translation>서명의 의미: &lt;i&gt;“두 번째 간호사 확인”&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>What was given</source>
        <translation>투여 내용</translation>
    </message>
    <message>
        <source>stopped — not part of this order</source>
        <translation>중단됨 — 이 처방에 포함되지 않음</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>기록 없음</translation>
    </message>
    <message>
        <source>{dose} — not given</source>
        <translation>{dose} — 미투여</translation>
    </message>
    <message>
        <source>{dose} ({percent} %, less than ordered)</source>
        <translation>{dose} ({percent} %, 처방보다 적음)</translation>
    </message>
    <message>
        <source>{dose} ({percent} %, more than ordered)</source>
        <translation>{dose} ({percent} %, 처방보다 많음)</translation>
    </message>
    <message>
        <source>⚠ Medication error — the investigator is told</source>
        <translation>⚠ 투약 오류 — 연구자에게 통보됨</translation>
    </message>
    <message>
        <source>Incident #{id}: {summary}</source>
        <translation>사건 #{id}: {summary}</translation>
    </message>
    <message>
        <source>Enter your password to sign.</source>
        <translation>서명하려면 비밀번호를 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>ConfirmEligibilityDialog</name>
    <message>
        <source>I confirm this eligibility result</source>
        <translation>본인은 이 적격성 판정 결과를 확정합니다</translation>
    </message>
    <message>
        <source>{lead}&lt;br&gt;&lt;br&gt;Patient: &lt;b&gt;{number}&lt;/b&gt; · {name} ({initials})&lt;br&gt;Result: {result}&lt;br&gt;&lt;br&gt;Signature meaning: &lt;i&gt;“{meaning}”&lt;/i&gt;. Your password signs it; the checklist is then read-only.</source>
        <translation>{lead}&lt;br&gt;&lt;br&gt;환자: &lt;b&gt;{number}&lt;/b&gt; · {name} ({initials})&lt;br&gt;결과: {result}&lt;br&gt;&lt;br&gt;서명의 의미: &lt;i&gt;“{meaning}”&lt;/i&gt;. 비밀번호로 서명하며, 이후 체크리스트는 읽기 전용이 됩니다.</translation>
    </message>
    <message>
        <source>Confirm eligibility</source>
        <translation>적격성 확정</translation>
    </message>
    <message>
        <source>You are signing the eligibility assessment as {name}.</source>
        <translation>{name}(으)로 적격성 평가에 서명합니다.</translation>
    </message>
    <message>
        <source>Sign and confirm</source>
        <translation>서명 및 확정</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>비밀번호</translation>
    </message>
</context>
<context>
    <name>ConfirmIdentifiedDialog</name>
    <message>
        <source>Confirm an identified export</source>
        <translation>식별 가능한 내보내기 확인</translation>
    </message>
    <message>
        <source>&lt;b&gt;The export will identify the patients&lt;/b&gt; (names, dates of birth, hospital record numbers). Type your password to confirm.</source>
        <translation>&lt;b&gt;내보낸 파일로 환자를 식별할 수 있습니다&lt;/b&gt; (이름, 생년월일, 병원 등록번호). 확인하려면 비밀번호를 입력하십시오.</translation>
    </message>
    <message>
        <source>Confirm identified export</source>
        <translation>식별 가능한 내보내기 확인</translation>
    </message>
    <message>
        <source>Password of {username}</source>
        <translation>{username}의 비밀번호</translation>
    </message>
    <message>
        <source>Type your password, or cancel to export pseudonymised data.</source>
        <translation>비밀번호를 입력하거나, 가명 처리된 데이터를 내보내려면 취소하십시오.</translation>
    </message>
</context>
<context>
    <name>ConsortFlow</name>
    <message>
        <source>{what} (n = {n})</source>
        <translation>{what} (n = {n})</translation>
    </message>
    <message>
        <source>Allocated to {arm}</source>
        <translation>{arm} 배정</translation>
    </message>
    <message>
        <source>Received the allocated treatment</source>
        <translation>배정된 치료를 받음</translation>
    </message>
    <message>
        <source>Did not receive it</source>
        <translation>받지 않음</translation>
    </message>
    <message>
        <source>Lost to follow-up</source>
        <translation>추적 소실</translation>
    </message>
    <message>
        <source>Treatment ended</source>
        <translation>치료 종료</translation>
    </message>
    <message>
        <source>Analysed (intention to treat)</source>
        <translation>분석 (치료 의향 분석)</translation>
    </message>
    <message>
        <source>Excluded from analysis</source>
        <translation>분석에서 제외</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>배정</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>추적 관찰</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>분석</translation>
    </message>
    <message>
        <source>Assessed for eligibility</source>
        <translation>적격성 평가</translation>
    </message>
    <message>
        <source>Screening or randomization not finished yet</source>
        <translation>스크리닝 또는 무작위배정 진행 중</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>제외</translation>
    </message>
    <message>
        <source>Randomized</source>
        <translation>무작위배정</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>등록</translation>
    </message>
</context>
<context>
    <name>ConsortStrip</name>
    <message>
        <source>Screened</source>
        <translation>스크리닝 대상</translation>
    </message>
    <message>
        <source>Screening not complete</source>
        <translation>스크리닝 미완료</translation>
    </message>
    <message>
        <source>Ineligible (confirmed)</source>
        <translation>부적격 (확정)</translation>
    </message>
    <message>
        <source>Eligible (confirmed)</source>
        <translation>적격 (확정)</translation>
    </message>
    <message>
        <source>Randomized</source>
        <translation>무작위배정</translation>
    </message>
    <message>
        <source>Awaiting randomization</source>
        <translation>무작위배정 대기</translation>
    </message>
</context>
<context>
    <name>ContactColumn</name>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>How</source>
        <translation>방법</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>세부 사항</translation>
    </message>
    <message>
        <source>By</source>
        <translation>기록자</translation>
    </message>
</context>
<context>
    <name>ContactMethod</name>
    <message>
        <source>clinic visit</source>
        <translation>외래 방문</translation>
    </message>
    <message>
        <source>telephone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>medical records or registry</source>
        <translation>의무기록 또는 등록 자료</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>died {date} ({cause})</source>
        <translation>{date} 사망 ({cause})</translation>
    </message>
    <message>
        <source>last known alive {date}</source>
        <translation>최종 생존 확인 {date}</translation>
    </message>
    <message>
        <source>progression {date} ({basis})</source>
        <translation>진행 {date} ({basis})</translation>
    </message>
</context>
<context>
    <name>CorrectScreeningDialog</name>
    <message>
        <source>Correct confirmed checklist</source>
        <translation>확정된 체크리스트 수정</translation>
    </message>
    <message>
        <source>The confirmed checklist changes and is signed again. The reason and both signatures stay in the audit trail.</source>
        <translation>확정된 체크리스트가 변경되고 다시 서명됩니다. 사유와 두 서명은 모두 감사 추적에 남습니다.</translation>
    </message>
    <message>
        <source>Sign correction</source>
        <translation>수정 서명</translation>
    </message>
    <message>
        <source>e.g. bilirubin result transcribed wrongly</source>
        <translation>예: 빌리루빈 결과를 잘못 옮겨 적음</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>수정 사유</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>비밀번호</translation>
    </message>
</context>
<context>
    <name>CountColumn</name>
    <message>
        <source>Counted</source>
        <translation>집계 대상</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>건수</translation>
    </message>
</context>
<context>
    <name>CrClRow</name>
    <message>
        <source>Weight</source>
        <translation>체중</translation>
    </message>
    <message>
        <source>Creatinine</source>
        <translation>크레아티닌</translation>
    </message>
    <message>
        <source>creatinine date</source>
        <translation>크레아티닌 검사일</translation>
    </message>
</context>
<context>
    <name>CrashMessageBox</name>
    <message>
        <source>Unexpected error</source>
        <translation>예기치 않은 오류</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. What you were doing may not have been saved.</source>
        <translation>예기치 않은 문제가 발생했습니다. 하던 작업이 저장되지 않았을 수 있습니다.</translation>
    </message>
    <message>
        <source>The details were written to the log file:
{path}</source>
        <translation>자세한 내용은 로그 파일에 기록되었습니다:
{path}</translation>
    </message>
    <message>
        <source>Please tell the trial&apos;s support contact what you were doing.</source>
        <translation>임상시험 지원 담당자에게 무엇을 하고 있었는지 알려 주십시오.</translation>
    </message>
</context>
<context>
    <name>CriterionRow</name>
    <message>
        <source>✓ passes</source>
        <translation>✓ 충족</translation>
    </message>
    <message>
        <source>✗ fails</source>
        <translation>✗ 미충족</translation>
    </message>
    <message>
        <source>? not yet</source>
        <translation>? 미확인</translation>
    </message>
    <message>
        <source>fully active</source>
        <translation>완전히 활동 가능</translation>
    </message>
    <message>
        <source>restricted in strenuous activity</source>
        <translation>격렬한 활동만 제한</translation>
    </message>
    <message>
        <source>ambulatory, no work</source>
        <translation>보행 가능, 작업 불가</translation>
    </message>
    <message>
        <source>limited self-care</source>
        <translation>제한적 자기관리</translation>
    </message>
    <message>
        <source>completely disabled</source>
        <translation>완전 장애</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>asymptomatic</source>
        <translation>무증상</translation>
    </message>
    <message>
        <source>moderate; limits instrumental ADL</source>
        <translation>중등도; 도구적 ADL 제한</translation>
    </message>
    <message>
        <source>severe; limits self-care ADL</source>
        <translation>중증; 자기관리 ADL 제한</translation>
    </message>
    <message>
        <source>life-threatening</source>
        <translation>생명 위협</translation>
    </message>
    <message>
        <source>test date</source>
        <translation>검사일</translation>
    </message>
    <message>
        <source>Date of the test (yyyy-mm-dd or dd.mm.yyyy; &apos;t&apos; is today). It counts only within the site&apos;s lab window.</source>
        <translation>검사 날짜 (yyyy-mm-dd 또는 dd.mm.yyyy; &apos;t&apos;는 오늘). 기관의 검사 유효 기간 안의 결과만 인정됩니다.</translation>
    </message>
    <message>
        <source>source document</source>
        <translation>근거 문서</translation>
    </message>
    <message>
        <source>Where the evidence is: report, note or minutes (free text).</source>
        <translation>근거가 있는 곳: 보고서, 기록지 또는 회의록 (자유 입력).</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>연-월-일</translation>
    </message>
    <message>
        <source>Type the date as yyyy-mm-dd or dd.mm.yyyy, or pick it with ▾. &apos;t&apos; is today.</source>
        <translation>날짜를 YYYY-MM-DD 또는 DD.MM.YYYY 형식으로 입력하거나 ▾로 선택하십시오. &apos;t&apos;를 입력하면 오늘 날짜입니다.</translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>달력에서 날짜 선택</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date. Type the date as yyyy-mm-dd or dd.mm.yyyy, or pick it with ▾.</source>
        <translation>&apos;{text}&apos;은(는) 날짜가 아닙니다. 날짜를 YYYY-MM-DD 또는 DD.MM.YYYY 형식으로 입력하거나 ▾로 선택하십시오.</translation>
    </message>
</context>
<context>
    <name>DeathCause</name>
    <message>
        <source>colorectal cancer (progression)</source>
        <translation>대장암 (진행)</translation>
    </message>
    <message>
        <source>treatment-related</source>
        <translation>치료 관련</translation>
    </message>
    <message>
        <source>other cause</source>
        <translation>기타 원인</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
</context>
<context>
    <name>Dipstick</name>
    <message>
        <source>negative</source>
        <translation>음성</translation>
    </message>
    <message>
        <source>trace</source>
        <translation>미량</translation>
    </message>
</context>
<context>
    <name>DoseDecision</name>
    <message>
        <source>reduce</source>
        <translation>감량</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>중단</translation>
    </message>
    <message>
        <source>continue</source>
        <translation>계속</translation>
    </message>
    <message>
        <source>delay</source>
        <translation>연기</translation>
    </message>
</context>
<context>
    <name>DoseLevelDialog</name>
    <message>
        <source>Dose levels — {drug}</source>
        <translation>용량 단계 — {drug}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{drug}&lt;/b&gt; ({route}), protocol dose {dose} mg/{per}.&lt;br&gt;Level 0 is the protocol dose; each reduction is lower than the one before. The change is audited and the investigator must sign the table off again before orders stop showing “dose levels not confirmed”.</source>
        <translation>&lt;b&gt;{drug}&lt;/b&gt; ({route}), 프로토콜 용량 {dose} mg/{per}.&lt;br&gt;단계 0이 프로토콜 용량이며, 각 감량 단계는 앞 단계보다 낮아야 합니다. 변경 내용은 감사 추적에 기록되며, 연구자가 용량 단계표에 다시 서명해야 처방에서 “용량 단계 미확인” 표시가 사라집니다.</translation>
    </message>
    <message>
        <source>Change dose levels</source>
        <translation>용량 단계 변경</translation>
    </message>
    <message>
        <source>mg/{per}, highest first, separated by commas</source>
        <translation>mg/{per}, 높은 값부터 쉼표로 구분</translation>
    </message>
    <message>
        <source>Doses are rounded to a multiple of this (0 = no rounding)</source>
        <translation>용량을 이 값의 배수로 반올림합니다 (0 = 반올림 안 함)</translation>
    </message>
    <message>
        <source>A rounded dose further than this from the calculated dose is refused (HOPA allows up to 10 %)</source>
        <translation>반올림한 용량이 계산 용량과 이 값보다 더 차이 나면 거부됩니다 (HOPA 허용 한도 10 %)</translation>
    </message>
    <message>
        <source>kept in the audit trail</source>
        <translation>감사 추적에 보관됩니다</translation>
    </message>
    <message>
        <source>Levels (mg/{per})</source>
        <translation>단계 (mg/{per})</translation>
    </message>
    <message>
        <source>Round to (mg)</source>
        <translation>반올림 단위 (mg)</translation>
    </message>
    <message>
        <source>Rounding limit (%)</source>
        <translation>반올림 한도 (%)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Round to: enter a number.</source>
        <translation>반올림 단위: 숫자를 입력하십시오.</translation>
    </message>
    <message>
        <source>Rounding limit: enter a number.</source>
        <translation>반올림 한도: 숫자를 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>DoseLevelsPanel</name>
    <message>
        <source>Drug</source>
        <translation>약물</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>경로</translation>
    </message>
    <message>
        <source>Levels 0 / −1 / −2</source>
        <translation>단계 0 / −1 / −2</translation>
    </message>
    <message>
        <source>Round to</source>
        <translation>반올림 단위</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>허용 범위</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Dose levels</source>
        <translation>용량 단계</translation>
    </message>
    <message>
        <source>The reductions the protocol leaves to the site [site rule]. Levels only go down. A change is audited and needs the investigator&apos;s sign-off again.</source>
        <translation>프로토콜이 기관에 맡긴 감량 단계입니다 [기관 규칙]. 단계는 내려가기만 합니다. 변경 사항은 감사 기록되며 연구자의 승인 서명을 다시 받아야 합니다.</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>변경…</translation>
    </message>
    <message>
        <source>Sign off the table…</source>
        <translation>표 승인 서명…</translation>
    </message>
    <message>
        <source>Confirm the whole table as the investigator (password re-entry)</source>
        <translation>연구자로서 표 전체를 확인합니다 (비밀번호 재입력)</translation>
    </message>
    <message>
        <source>✓ Confirmed by &lt;b&gt;{name}&lt;/b&gt; on {when}.</source>
        <translation>✓ &lt;b&gt;{name}&lt;/b&gt;이(가) {when}에 확인했습니다.</translation>
    </message>
    <message>
        <source>⚠ Not confirmed by the investigator: every order shows “dose levels not confirmed by the investigator” until an investigator signs the table off.</source>
        <translation>⚠ 연구자가 확인하지 않음: 연구자가 표를 승인 서명할 때까지 모든 처방에 “연구자의 용량 단계 미확인”가 표시됩니다.</translation>
    </message>
    <message>
        <source>Sign off the dose-level table</source>
        <translation>용량 단계표 승인 서명</translation>
    </message>
    <message>
        <source>Confirm every drug&apos;s dose levels, rounding and limit as shown, as the trial&apos;s investigator. Orders written from now on no longer show “dose levels not confirmed”; any later change to the table voids this confirmation.</source>
        <translation>임상시험 연구자로서 표시된 대로 모든 약물의 용량 단계, 반올림, 허용 범위를 확인합니다. 이제부터 작성되는 처방에는 “용량 단계 미확인”이 더 이상 표시되지 않으며, 이후 표가 변경되면 이 확인은 무효가 됩니다.</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>승인 서명</translation>
    </message>
</context>
<context>
    <name>DoubleCheckDialog</name>
    <message>
        <source>matches the bag and the pump</source>
        <translation>수액백 및 펌프와 일치</translation>
    </message>
    <message>
        <source>checked: not given</source>
        <translation>확인함: 투여하지 않음</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>약물</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>용량</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>투여 경로</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>액량</translation>
    </message>
    <message>
        <source>Rate · duration</source>
        <translation>속도 · 시간</translation>
    </message>
    <message>
        <source>Pump</source>
        <translation>펌프</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>check {number} by {name}, {time}</source>
        <translation>{number}차 확인: {name}, {time}</translation>
    </message>
    <message>
        <source>Check {number} of 2 — no check yet</source>
        <translation>확인 {number}/2 — 아직 확인 없음</translation>
    </message>
    <message>
        <source>Check {number} of 2 — {done}</source>
        <translation>확인 {number}/2 — {done}</translation>
    </message>
    <message>
        <source>Independent double check — order #{id}</source>
        <translation>독립적 이중 확인 — 처방 #{id}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{which}&lt;/b&gt;. Check on your own, at the chair: the patient against the wristband and what the patient says, each line against the bag and the pump. Nothing is given before two different nurses have checked.</source>
        <translation>&lt;b&gt;{which}&lt;/b&gt;. 환자 곁에서 혼자 확인하십시오: 환자는 팔찌와 환자 본인의 말과, 각 항목은 수액백 및 펌프와 대조합니다. 서로 다른 두 간호사가 확인하기 전에는 아무것도 투여하지 않습니다.</translation>
    </message>
    <message>
        <source>Sign my check</source>
        <translation>내 확인 서명</translation>
    </message>
    <message>
        <source>The patient and the sheet</source>
        <translation>환자와 처방지</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>환자</translation>
    </message>
    <message>
        <source>Study ID</source>
        <translation>연구 번호</translation>
    </message>
    <message>
        <source>Record no.</source>
        <translation>등록번호</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>생년월일</translation>
    </message>
    <message>
        <source>Order code</source>
        <translation>처방 코드</translation>
    </message>
    <message>
        <source>as printed on the wristband</source>
        <translation>팔찌에 인쇄된 대로</translation>
    </message>
    <message>
        <source>as the patient says it</source>
        <translation>환자가 말하는 대로</translation>
    </message>
    <message>
        <source>Scan the order code on the sheet</source>
        <translation>처방지의 처방 코드 스캔</translation>
    </message>
    <message>
        <source>Record no. from the wristband</source>
        <translation>팔찌의 등록번호</translation>
    </message>
    <message>
        <source>Date of birth as the patient states it</source>
        <translation>환자가 말하는 생년월일</translation>
    </message>
    <message>
        <source>✓ order #{id}</source>
        <translation>✓ 처방 #{id}</translation>
    </message>
    <message>
        <source>{code} is not the code of order #{id}: scan the code on this patient&apos;s sheet.</source>
        <translation>{code}은(는) 처방 #{id}의 코드가 아닙니다. 이 환자의 처방지에 있는 코드를 스캔하십시오.</translation>
    </message>
    <message>
        <source>Each line against the bag and the pump</source>
        <translation>각 항목을 수액백 및 펌프와 대조</translation>
    </message>
    <message>
        <source>NOT TO BE GIVEN</source>
        <translation>투여 금지</translation>
    </message>
    <message>
        <source>Line {number}: Space ticks it, Tab goes on</source>
        <translation>항목 {number}: Space 키로 체크, Tab 키로 다음</translation>
    </message>
    <message>
        <source>her own user name</source>
        <translation>본인의 사용자 이름</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Checking nurse</source>
        <translation>확인 간호사</translation>
    </message>
    <message>
        <source>You made check 1: the second nurse types her own user name and password. Signature meaning: &lt;i&gt;“independent double check”&lt;/i&gt;.</source>
        <translation>1차 확인은 본인이 했습니다. 두 번째 간호사가 본인의 사용자 이름과 비밀번호를 입력합니다. 서명의 의미: &lt;i&gt;“독립적 이중 확인”&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>A colleague checking beside you types her own user name. Signature meaning: &lt;i&gt;“independent double check”&lt;/i&gt;.</source>
        <translation>옆에서 확인하는 동료는 본인의 사용자 이름을 입력합니다. 서명의 의미: &lt;i&gt;“독립적 이중 확인”&lt;/i&gt;.</translation>
    </message>
</context>
<context>
    <name>EndOfTreatmentDialog</name>
    <message>
        <source>&lt;b&gt;{id}&lt;/b&gt; · {name}. Protocol: treatment continues until the disease is resectable, progresses, toxicity occurs or the patient refuses; after 12 cycles the investigator decides. The tumour assessments go on until all protocol treatment has ended.</source>
        <translation>&lt;b&gt;{id}&lt;/b&gt; · {name}. 프로토콜: 절제 가능해지거나, 진행하거나, 독성이 생기거나, 환자가 거부할 때까지 치료를 계속하며, 12주기 후에는 연구자가 결정합니다. 종양 평가는 모든 프로토콜 치료가 끝날 때까지 계속됩니다.</translation>
    </message>
    <message>
        <source>End of treatment</source>
        <translation>치료 종료</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>what happened, e.g. MDT decision (no names)</source>
        <translation>경위, 예: 다학제 회의 결정 (이름 제외)</translation>
    </message>
    <message>
        <source>why it changes (kept in the audit trail)</source>
        <translation>변경 사유 (감사 기록에 남습니다)</translation>
    </message>
    <message>
        <source>What ended</source>
        <translation>종료된 것</translation>
    </message>
    <message>
        <source>Last treatment date</source>
        <translation>마지막 치료일</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>세부 사항</translation>
    </message>
    <message>
        <source>Reason for correction</source>
        <translation>수정 사유</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>수정 저장</translation>
    </message>
    <message>
        <source>Not a date.</source>
        <translation>날짜가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>EndReason</name>
    <message>
        <source>disease became resectable</source>
        <translation>절제 가능해짐</translation>
    </message>
    <message>
        <source>progression</source>
        <translation>진행</translation>
    </message>
    <message>
        <source>toxicity</source>
        <translation>독성</translation>
    </message>
    <message>
        <source>patient refused further treatment</source>
        <translation>환자가 추가 치료 거부</translation>
    </message>
    <message>
        <source>investigator&apos;s decision after 12 cycles</source>
        <translation>12주기 후 연구자 결정</translation>
    </message>
    <message>
        <source>death</source>
        <translation>사망</translation>
    </message>
    <message>
        <source>other</source>
        <translation>기타</translation>
    </message>
</context>
<context>
    <name>EndScope</name>
    <message>
        <source>all protocol treatment</source>
        <translation>모든 프로토콜 치료</translation>
    </message>
    <message>
        <source>HAI only — 5-FU and leucovorin continue</source>
        <translation>HAI만 — 5-FU와 류코보린은 계속</translation>
    </message>
</context>
<context>
    <name>EnvelopeStatus</name>
    <message>
        <source>unused</source>
        <translation>미사용</translation>
    </message>
    <message>
        <source>used</source>
        <translation>사용됨</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>무효 처리됨</translation>
    </message>
</context>
<context>
    <name>Envelopes</name>
    <message>
        <source>ECOG {ecog} / adjuvant yes</source>
        <translation>ECOG {ecog} / 보조 항암 있음</translation>
    </message>
    <message>
        <source>ECOG {ecog} / adjuvant no</source>
        <translation>ECOG {ecog} / 보조 항암 없음</translation>
    </message>
    <message>
        <source>LABEL · outside of the envelope</source>
        <translation>라벨 · 봉투 겉면</translation>
    </message>
    <message>
        <source>Stratum {code}: {stratum}</source>
        <translation>층 {code}: {stratum}</translation>
    </message>
    <message>
        <source>Open only when hai-desktop names it.</source>
        <translation>hai-desktop에서 이 봉투를 지정할 때만 여십시오.</translation>
    </message>
    <message>
        <source>TRAINING</source>
        <translation>교육용</translation>
    </message>
    <message>
        <source>CARD · inside the envelope</source>
        <translation>카드 · 봉투 속</translation>
    </message>
    <message>
        <source>Envelope {number} · stratum {code}: {stratum}</source>
        <translation>봉투 {number} · 층 {code}: {stratum}</translation>
    </message>
    <message>
        <source>Experimental arm (HAI)</source>
        <translation>실험군 (HAI)</translation>
    </message>
    <message>
        <source>Control arm</source>
        <translation>대조군</translation>
    </message>
    <message>
        <source>Patient screening no.</source>
        <translation>환자 스크리닝 번호</translation>
    </message>
    <message>
        <source>Date opened</source>
        <translation>개봉일</translation>
    </message>
    <message>
        <source>Opened by (signature)</source>
        <translation>개봉자 (서명)</translation>
    </message>
    <message>
        <source>Cut along the dashed lines: label outside, card inside. Print on opaque paper and check that no card shows through the envelope.</source>
        <translation>점선을 따라 자르십시오: 라벨은 봉투 겉면에, 카드는 봉투 속에 넣습니다. 불투명한 종이에 출력하고 카드가 봉투 밖으로 비치지 않는지 확인하십시오.</translation>
    </message>
    <message>
        <source>Sealed envelope set</source>
        <translation>밀봉 봉투 세트</translation>
    </message>
</context>
<context>
    <name>EnvelopesModel</name>
    <message>
        <source>Unused (sealed)</source>
        <translation>미사용 (봉인)</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>사용됨</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>무효 처리됨</translation>
    </message>
    <message>
        <source>ECOG {ecog} / adjuvant yes</source>
        <translation>ECOG {ecog} / 보조 항암 있음</translation>
    </message>
    <message>
        <source>ECOG {ecog} / adjuvant no</source>
        <translation>ECOG {ecog} / 보조 항암 없음</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>봉투</translation>
    </message>
    <message>
        <source>Stratum</source>
        <translation>층</translation>
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
        <source>Study ID</source>
        <translation>연구 번호</translation>
    </message>
    <message>
        <source>Used (UTC)</source>
        <translation>사용 시각 (UTC)</translation>
    </message>
    <message>
        <source>Void reason</source>
        <translation>무효 처리 사유</translation>
    </message>
    <message>
        <source>All strata</source>
        <translation>전체 층</translation>
    </message>
    <message>
        <source>Experimental (HAI)</source>
        <translation>실험군 (HAI)</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>대조군</translation>
    </message>
    <message>
        <source>Randomized</source>
        <translation>무작위배정</translation>
    </message>
    <message>
        <source>Envelopes left</source>
        <translation>남은 봉투</translation>
    </message>
</context>
<context>
    <name>EnvelopesPanel</name>
    <message>
        <source>All strata</source>
        <translation>전체 층</translation>
    </message>
    <message>
        <source>All envelopes</source>
        <translation>전체 봉투</translation>
    </message>
    <message>
        <source>Unused (sealed)</source>
        <translation>미사용 (봉인)</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>사용됨</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>무효 처리됨</translation>
    </message>
    <message>
        <source>&amp;Void envelope…</source>
        <translation>봉투 무효 처리(&amp;V)…</translation>
    </message>
    <message>
        <source>Void the selected unused envelope (spoiled or lost).</source>
        <translation>선택한 미사용 봉투를 무효 처리합니다 (훼손 또는 분실).</translation>
    </message>
    <message>
        <source>Stratum</source>
        <translation>층</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>표시</translation>
    </message>
    <message>
        <source>Concealment: the arm is shown only for envelopes opened for a patient. Sealed and voided envelopes never show it.</source>
        <translation>배정 은폐: 배정군은 환자를 위해 개봉한 봉투에만 표시됩니다. 봉인된 봉투와 무효 처리된 봉투에는 표시되지 않습니다.</translation>
    </message>
    <message>
        <source>{shown} of {total} envelopes</source>
        <translation>봉투 {total}개 중 {shown}개</translation>
    </message>
    <message>
        <source>{total} envelopes</source>
        <translation>봉투 {total}개</translation>
    </message>
</context>
<context>
    <name>EventColumn</name>
    <message>
        <source>Onset</source>
        <translation>발생일</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>주기</translation>
    </message>
    <message>
        <source>CTCAE term</source>
        <translation>CTCAE 용어</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>등급</translation>
    </message>
    <message>
        <source>Related to</source>
        <translation>관련 약제</translation>
    </message>
    <message>
        <source>SAE</source>
        <translation>SAE</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>조치</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <source>unrelated to the regimen</source>
        <translation>요법과 무관</translation>
    </message>
    <message>
        <source>{grade} (lab {computed})</source>
        <translation>{grade} (검사 {computed})</translation>
    </message>
    <message>
        <source>yes: {criterion}</source>
        <translation>예: {criterion}</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
</context>
<context>
    <name>ExportListDialog</name>
    <message>
        <source>Export the full allocation list</source>
        <translation>전체 배정표 내보내기</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b3261e&apos;&gt;&lt;b&gt;This file unblinds the allocation:&lt;/b&gt; it shows the arm of every envelope, including the sealed ones.&lt;/span&gt; Export it only when the protocol requires it (e.g. for the statistician or an inspection), and keep it away from everyone who randomizes patients.&lt;br&gt;&lt;br&gt;The export and its reason are recorded in the audit trail.</source>
        <translation>&lt;span style=&apos;color:#b3261e&apos;&gt;&lt;b&gt;이 파일은 배정을 공개합니다:&lt;/b&gt; 봉인된 봉투를 포함한 모든 봉투의 배정군이 나타납니다.&lt;/span&gt; 프로토콜이 요구할 때만(예: 통계 담당자 요청 또는 점검) 내보내고, 환자를 무작위배정하는 모든 사람이 볼 수 없도록 보관하십시오.&lt;br&gt;&lt;br&gt;내보내기와 그 사유는 감사 추적에 기록됩니다.</translation>
    </message>
    <message>
        <source>Export full list</source>
        <translation>전체 배정표 내보내기</translation>
    </message>
    <message>
        <source>e.g. requested by the trial statistician for DSMB</source>
        <translation>예: DSMB를 위해 임상시험 통계 담당자가 요청</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>저장 위치</translation>
    </message>
    <message>
        <source>Save the full allocation list</source>
        <translation>전체 배정표 저장</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Choose where to save the file.</source>
        <translation>파일을 저장할 위치를 선택하십시오.</translation>
    </message>
</context>
<context>
    <name>ExportTrialDataDialog</name>
    <message>
        <source>Every record of the trial as CSV files with a data dictionary in a new folder, and the same files in one AES-256 zip archive beside it: send the archive, give its password separately. &lt;b&gt;Pseudonymised&lt;/b&gt;: study IDs (screening numbers if never randomized), no names, dates of birth or record numbers; free text goes as typed.</source>
        <translation>임상시험의 모든 기록을 데이터 사전과 함께 CSV 파일로 새 폴더에 저장하고, 같은 파일을 그 옆에 AES-256 zip 압축 파일 하나로 저장합니다: 압축 파일을 보내고 비밀번호는 따로 전달하십시오. &lt;b&gt;가명 처리&lt;/b&gt;: 연구 번호(무작위배정되지 않았으면 스크리닝 번호)만 있고 이름, 생년월일, 등록번호는 없습니다. 자유 입력 텍스트는 입력한 그대로 나갑니다.</translation>
    </message>
    <message>
        <source>Identified: The files will hold every patient&apos;s name, date of birth and hospital record number: only where the protocol and the consent allow it. They are written only inside the encrypted archive, never as plain files. Your password is asked again, and the audit trail records it.</source>
        <translation>식별 정보 포함: 파일에 모든 환자의 이름, 생년월일, 병원 등록번호가 들어갑니다. 프로토콜과 동의서가 허용하는 경우에만 사용하십시오. 이 파일은 암호화된 압축 파일 안에만 저장되며 일반 파일로는 절대 저장되지 않습니다. 비밀번호를 다시 묻고, 감사 추적에 기록됩니다.</translation>
    </message>
    <message>
        <source>Export trial data</source>
        <translation>임상시험 데이터 내보내기</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>e.g. interim analysis for the DSMB (audited)</source>
        <translation>예: DSMB 중간 분석 (감사 기록)</translation>
    </message>
    <message>
        <source>at least {n} characters</source>
        <translation>{n}자 이상</translation>
    </message>
    <message>
        <source>the same again</source>
        <translation>같은 비밀번호 다시</translation>
    </message>
    <message>
        <source>repeat</source>
        <translation>다시 입력</translation>
    </message>
    <message>
        <source>Include names, dates of birth and hospital record numbers</source>
        <translation>이름, 생년월일, 병원 등록번호 포함</translation>
    </message>
    <message>
        <source>Put it in</source>
        <translation>저장 위치</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>새 폴더</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Archive password</source>
        <translation>압축 파일 비밀번호</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>식별 가능</translation>
    </message>
    <message>
        <source>Writes only {archive} (encrypted) in that folder; nothing existing is overwritten.</source>
        <translation>그 폴더에 {archive}(암호화됨)만 저장합니다. 기존 파일은 덮어쓰지 않습니다.</translation>
    </message>
    <message>
        <source>Writes {folder}/ and {archive} in that folder; nothing existing is overwritten.</source>
        <translation>그 폴더에 {folder}/ 및 {archive}을(를) 만듭니다. 기존 파일은 덮어쓰지 않습니다.</translation>
    </message>
    <message>
        <source>{folder} and {archive}</source>
        <translation>{folder} 및 {archive}</translation>
    </message>
    <message>
        <source>Export identified data</source>
        <translation>식별 가능한 데이터 내보내기</translation>
    </message>
    <message>
        <source>Where the export goes</source>
        <translation>내보낼 위치</translation>
    </message>
    <message>
        <source>The two archive passwords differ: type the same password twice.</source>
        <translation>두 압축 파일 비밀번호가 다릅니다: 같은 비밀번호를 두 번 입력하십시오.</translation>
    </message>
    <message>
        <source>Identified export cancelled: nothing was written.</source>
        <translation>식별 가능한 내보내기를 취소했습니다: 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>Exporting the trial data…</source>
        <translation>임상시험 데이터를 내보내는 중…</translation>
    </message>
</context>
<context>
    <name>FollowUpContactDialog</name>
    <message>
        <source>&lt;b&gt;{id}&lt;/b&gt; · {name}, randomized {date}. Follow-up every 6 months for 4 years (protocol).</source>
        <translation>&lt;b&gt;{id}&lt;/b&gt; · {name}, {date} 무작위 배정. 4년 동안 6개월마다 추적 관찰 (프로토콜).</translation>
    </message>
    <message>
        <source>Follow-up contact</source>
        <translation>추적 관찰 연락</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>연락 저장</translation>
    </message>
    <message>
        <source>Progression since the last contact</source>
        <translation>지난 연락 이후 진행</translation>
    </message>
    <message>
        <source>optional (no names)</source>
        <translation>선택 사항 (이름 제외)</translation>
    </message>
    <message>
        <source>Contact date</source>
        <translation>연락일</translation>
    </message>
    <message>
        <source>How</source>
        <translation>방법</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Date of death</source>
        <translation>사망일</translation>
    </message>
    <message>
        <source>Cause of death</source>
        <translation>사망 원인</translation>
    </message>
    <message>
        <source>Last known alive</source>
        <translation>최종 생존 확인</translation>
    </message>
    <message>
        <source>Progression date</source>
        <translation>진행일</translation>
    </message>
    <message>
        <source>Established by</source>
        <translation>확인 방법</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Not a date.</source>
        <translation>날짜가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>GenerateListDialog</name>
    <message>
        <source>Block sizes are even whole numbers separated by commas, e.g. 2, 4.</source>
        <translation>블록 크기는 쉼표로 구분한 짝수 정수입니다 (예: 2, 4).</translation>
    </message>
    <message>
        <source>Generate a list of permuted blocks (1:1, block sizes drawn at random from the set, every block complete) per stratum, from a seed drawn by a cryptographic random source. The seed, generator version and parameters are recorded, so the same list can be produced again.&lt;br&gt;&lt;br&gt;&lt;b&gt;For training, or for the statistician to review.&lt;/b&gt; In the trial itself the list comes from the central statistician: use Import list… instead.</source>
        <translation>암호학적 난수원에서 뽑은 시드로 층별 순열 블록 배정표를 생성합니다 (1:1, 블록 크기는 지정한 값 중에서 무작위로 선택, 모든 블록 완성). 시드, 생성기 버전과 매개변수가 기록되므로 같은 배정표를 다시 만들 수 있습니다.&lt;br&gt;&lt;br&gt;&lt;b&gt;교육용 또는 통계 담당자 검토용입니다.&lt;/b&gt; 실제 임상시험에서는 중앙 통계 담당자가 배정표를 제공하므로 대신 배정표 가져오기…를 사용하십시오.</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;br&gt;&lt;b&gt;A generated list is in use:&lt;/b&gt; the same seed extends it — every existing envelope stays as it is and more are added to each stratum.</source>
        <translation>&lt;br&gt;&lt;br&gt;&lt;b&gt;생성된 배정표가 사용 중입니다:&lt;/b&gt; 같은 시드로 확장합니다 — 기존 봉투는 모두 그대로 유지되고 각 층에 봉투가 추가됩니다.</translation>
    </message>
    <message>
        <source>Generate allocation list</source>
        <translation>배정표 생성</translation>
    </message>
    <message>
        <source>Generate list</source>
        <translation>배정표 생성</translation>
    </message>
    <message>
        <source> envelopes</source>
        <translation>개</translation>
    </message>
    <message>
        <source>Per stratum (at least)</source>
        <translation>층당 (최소)</translation>
    </message>
    <message>
        <source>Block sizes</source>
        <translation>블록 크기</translation>
    </message>
    <message>
        <source>{n} strata: {strata}. The last block of each stratum is completed, so a stratum may hold a few more envelopes.</source>
        <translation>{n}개 층: {strata}. 각 층의 마지막 블록까지 채우므로 층마다 봉투가 몇 개 더 생길 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>GivenLine</name>
    <message>
        <source>Ordered: {dose} mg</source>
        <translation>처방: {dose} mg</translation>
    </message>
    <message>
        <source>e.g. infusion stopped early: rigors at 40 min</source>
        <translation>예: 40분에 오한이 생겨 주입 조기 중단</translation>
    </message>
    <message>
        <source>e.g. rate halved for an infusion reaction</source>
        <translation>예: 주입 반응으로 속도를 절반으로 줄임</translation>
    </message>
    <message>
        <source>&lt;b&gt;{dose} mg&lt;/b&gt; ordered · {route} · {rate}</source>
        <translation>&lt;b&gt;{dose} mg&lt;/b&gt; 처방 · {route} · {rate}</translation>
    </message>
    <message>
        <source>⚠ {reason}. Recorded as not given (0 mg); the systemic drugs go ahead.</source>
        <translation>⚠ {reason}. 미투여(0 mg)로 기록되며, 전신 투여 약물은 그대로 진행합니다.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>End</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Dose given</source>
        <translation>투여 용량</translation>
    </message>
    <message>
        <source>Reason for the difference</source>
        <translation>차이 사유</translation>
    </message>
    <message>
        <source>Reason for the time</source>
        <translation>시간 사유</translation>
    </message>
    <message>
        <source>Pump running: its end is recorded when it is disconnected ({ordered} ordered).</source>
        <translation>펌프 작동 중: 종료 시각은 분리할 때 기록합니다 (처방 {ordered}).</translation>
    </message>
    <message>
        <source>Enter the start and the end as they were.</source>
        <translation>실제 시작 시각과 종료 시각을 입력하십시오.</translation>
    </message>
    <message>
        <source>The dose given must be a number of mg (0 if it was not given).</source>
        <translation>투여 용량은 mg 단위의 숫자여야 합니다 (투여하지 않았으면 0).</translation>
    </message>
    <message>
        <source>Dose as ordered.</source>
        <translation>처방대로 투여.</translation>
    </message>
    <message>
        <source>{given} mg given, {ordered} mg ordered ({percent} %)</source>
        <translation>{given} mg 투여, {ordered} mg 처방 ({percent} %)</translation>
    </message>
    <message>
        <source>Not given ({change}): give the reason.</source>
        <translation>미투여 ({change}): 사유를 입력하십시오.</translation>
    </message>
    <message>
        <source>Less than ordered: {change}.</source>
        <translation>처방보다 적음: {change}.</translation>
    </message>
    <message>
        <source>More than ordered: {change}.</source>
        <translation>처방보다 많음: {change}.</translation>
    </message>
</context>
<context>
    <name>GradeChoice</name>
    <message>
        <source>Grade {grade} (Alt+{grade})</source>
        <translation>{grade}등급 (Alt+{grade})</translation>
    </message>
    <message>
        <source>&lt;i&gt;— CTCAE has no grade {grade} for this term&lt;/i&gt;</source>
        <translation>&lt;i&gt;— 이 용어에는 CTCAE {grade}등급이 없습니다&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>HaiError</name>
    <message>
        <source>Cannot continue</source>
        <translation>계속할 수 없습니다</translation>
    </message>
    <message>
        <source>Please check the entry</source>
        <translation>입력 내용을 확인하십시오</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>로그인 실패</translation>
    </message>
    <message>
        <source>Too many wrong passwords</source>
        <translation>비밀번호 오류 횟수 초과</translation>
    </message>
    <message>
        <source>Not allowed for your role</source>
        <translation>현재 역할로는 허용되지 않습니다</translation>
    </message>
    <message>
        <source>Database cannot be opened</source>
        <translation>데이터베이스를 열 수 없습니다</translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation>데이터베이스 사용 중</translation>
    </message>
    <message>
        <source>Integrity check failed</source>
        <translation>무결성 검사 실패</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>찾을 수 없음</translation>
    </message>
    <message>
        <source>Cannot do that now</source>
        <translation>지금은 할 수 없습니다</translation>
    </message>
    <message>
        <source>Database server unavailable</source>
        <translation>데이터베이스 서버를 사용할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>HaiInfusion</name>
    <message>
        <source>stopped</source>
        <translation>중단</translation>
    </message>
    <message>
        <source>continued</source>
        <translation>계속</translation>
    </message>
</context>
<context>
    <name>HaiPainDialog</name>
    <message>
        <source>&amp;Stopped</source>
        <translation>중단함(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Continued</source>
        <translation>계속함(&amp;C)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{id}&lt;/b&gt; · {name} — pain or discomfort during the HAI infusion, now. The protocol asks for the catheter to be inspected: the next inspection becomes mandatory and the catheter is flagged for interventional radiology review.</source>
        <translation>&lt;b&gt;{id}&lt;/b&gt; · {name} — 지금 HAI 주입 중 통증 또는 불편감이 있습니다. 프로토콜에 따라 카테터를 점검해야 합니다. 다음 점검이 필수가 되고 카테터에 중재영상의학과 검토 필요 표시가 됩니다.</translation>
    </message>
    <message>
        <source>Pain during HAI</source>
        <translation>HAI 중 통증</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>보고 저장</translation>
    </message>
    <message>
        <source>e.g. infusion stopped, analgesia, IR called</source>
        <translation>예: 주입 중단, 진통제 투여, IR 연락</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>부위</translation>
    </message>
    <message>
        <source>Infusion</source>
        <translation>주입</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>조치</translation>
    </message>
    <message>
        <source>order #{id}, cycle {cycle} (day 1 {day1})</source>
        <translation>처방 #{id}, {cycle}주기 (1일차 {day1})</translation>
    </message>
    <message>
        <source>no order is being given: the report stands on its own</source>
        <translation>투여 중인 처방 없음: 보고만 단독으로 기록됩니다</translation>
    </message>
</context>
<context>
    <name>HaiTask</name>
    <message>
        <source>give chemotherapy through the HAI catheter</source>
        <translation>HAI 카테터로 항암제 투여</translation>
    </message>
    <message>
        <source>inspect and access the HAI catheter</source>
        <translation>HAI 카테터 점검 및 접근</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>CTCAE term</source>
        <translation>CTCAE 용어</translation>
    </message>
    <message>
        <source>Cycle {cycle}</source>
        <translation>{cycle}주기</translation>
    </message>
    <message>
        <source>No cycle</source>
        <translation>주기 없음</translation>
    </message>
</context>
<context>
    <name>ImportListDialog</name>
    <message>
        <source>Import allocation list</source>
        <translation>배정표 가져오기</translation>
    </message>
    <message>
        <source>Import the allocation list from the central statistician: a CSV file (UTF-8) whose first line is &lt;b&gt;{header}&lt;/b&gt;, then one line per envelope, e.g. &lt;tt&gt;S1-001,S1,HAI&lt;/tt&gt;.&lt;br&gt;&lt;br&gt;The list is checked line by line and stored with its SHA-256 fingerprint; it can never be edited. While envelopes are in use, only an extension that keeps every existing envelope unchanged is accepted.</source>
        <translation>중앙 통계 담당자의 배정표를 가져옵니다: 첫 줄이 &lt;b&gt;{header}&lt;/b&gt;이고 그다음 봉투마다 한 줄씩 있는 CSV 파일(UTF-8)입니다. 예: &lt;tt&gt;S1-001,S1,HAI&lt;/tt&gt;.&lt;br&gt;&lt;br&gt;배정표는 한 줄씩 검사된 후 SHA-256 지문과 함께 저장되며, 수정할 수 없습니다. 봉투가 사용 중일 때는 기존 봉투를 모두 그대로 두는 확장만 받아들입니다.</translation>
    </message>
    <message>
        <source>Import list</source>
        <translation>배정표 가져오기</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>파일 선택…</translation>
    </message>
    <message>
        <source>e.g. central statistician, version 1, 2026-11-01</source>
        <translation>예: 중앙 통계 담당자, 버전 1, 2026-11-01</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>CSV 파일</translation>
    </message>
    <message>
        <source>Where it comes from</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Allocation list from the statistician</source>
        <translation>통계 담당자의 배정표</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 파일 (*.csv);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Choose the CSV file from the statistician.</source>
        <translation>통계 담당자에게서 받은 CSV 파일을 선택하십시오.</translation>
    </message>
    <message>
        <source>The file {path} could not be read: {problem}.</source>
        <translation>{path} 파일을 읽을 수 없습니다: {problem}.</translation>
    </message>
</context>
<context>
    <name>IncidentColumn</name>
    <message>
        <source>Raised (UTC)</source>
        <translation>발생 (UTC)</translation>
    </message>
    <message>
        <source>By</source>
        <translation>보고자</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>환자</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Resolved by {name}</source>
        <translation>해결됨: {name}</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>해결됨</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>미해결</translation>
    </message>
</context>
<context>
    <name>IncidentKind</name>
    <message>
        <source>Envelope card mismatch</source>
        <translation>봉투 카드 불일치</translation>
    </message>
    <message>
        <source>Medication_error</source>
        <translation>투약 오류</translation>
    </message>
</context>
<context>
    <name>IncidentsModel</name>
    <message>
        <source>{summary}

Resolution: {resolution}</source>
        <translation>{summary}

해결 내용: {resolution}</translation>
    </message>
</context>
<context>
    <name>IncidentsPanel</name>
    <message>
        <source>Show resolved incidents too</source>
        <translation>해결된 사건도 표시</translation>
    </message>
    <message>
        <source>Res&amp;olve…</source>
        <translation>해결(&amp;O)…</translation>
    </message>
    <message>
        <source>No open incidents.</source>
        <translation>미해결 사건이 없습니다.</translation>
    </message>
    <message>
        <source>An incident is raised when an envelope&apos;s card disagrees with the allocation list; the patient cannot be randomized until the investigator resolves it.</source>
        <translation>봉투의 카드가 배정표와 다르면 사건이 보고됩니다. 연구자가 해결할 때까지 해당 환자는 무작위배정할 수 없습니다.</translation>
    </message>
    <message>
        <source>{open} open, {resolved} resolved</source>
        <translation>미해결 {open}건, 해결 {resolved}건</translation>
    </message>
    <message>
        <source>{open} open</source>
        <translation>미해결 {open}건</translation>
    </message>
    <message>
        <source>No incidents.</source>
        <translation>사건이 없습니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Incident #{id}&lt;/b&gt; · {kind} · raised {when} by {name}&lt;br&gt;{summary}</source>
        <translation>&lt;b&gt;사건 #{id}&lt;/b&gt; · {kind} · {when}, {name} 보고&lt;br&gt;{summary}</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;b&gt;Resolution:&lt;/b&gt; {resolution}</source>
        <translation>&lt;br&gt;&lt;b&gt;해결:&lt;/b&gt; {resolution}</translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>&lt;b&gt;{id}&lt;/b&gt; · {name} — catheter {state}.&lt;br&gt;Answer every item: Tab moves row by row, &lt;b&gt;Y&lt;/b&gt;/&lt;b&gt;N&lt;/b&gt; (or 1, 2, 3) answers and moves on, Enter saves. Nothing is pre-ticked.</source>
        <translation>&lt;b&gt;{id}&lt;/b&gt; · {name} — 카테터: {state}.&lt;br&gt;모든 항목에 답하십시오. Tab으로 한 행씩 이동하고, &lt;b&gt;Y&lt;/b&gt;/&lt;b&gt;N&lt;/b&gt;(또는 1, 2, 3)으로 답하면 다음 행으로 넘어가며, Enter로 저장합니다. 미리 선택된 항목은 없습니다.</translation>
    </message>
    <message>
        <source>Inspect the HAI catheter before use</source>
        <translation>사용 전 HAI 카테터 점검</translation>
    </message>
    <message>
        <source>Save inspection</source>
        <translation>점검 저장</translation>
    </message>
    <message>
        <source>Pain during HAI was reported on {when}&lt;br&gt;({location}): answer “yes” to the previous-HAI item.&lt;br&gt;“Fit” then needs the explanation of the interventional&lt;br&gt;radiology review that cleared the catheter.</source>
        <translation>{when}에 HAI 중 통증이 보고되었습니다&lt;br&gt;({location}). 이전 HAI 항목에 “예”로 답하십시오.&lt;br&gt;이때 “Fit”으로 판정하려면 카테터 사용을 승인한&lt;br&gt;중재영상의학과 검토 설명이 필요합니다.</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>e.g. liver perfused, no extrahepatic flow</source>
        <translation>예: 간 관류 양호, 간외 유출 없음</translation>
    </message>
    <message>
        <source>F: fit · N: not fit · R: needs IR review</source>
        <translation>F: 투여 가능 · N: 투여 불가 · R: IR 검토 필요</translation>
    </message>
    <message>
        <source>why the catheter is not fit</source>
        <translation>카테터가 투여 불가인 이유</translation>
    </message>
    <message>
        <source>why HAI is safe today despite the finding</source>
        <translation>소견에도 불구하고 오늘 HAI가 안전한 이유</translation>
    </message>
    <message>
        <source>Last angiographic or perfusion check</source>
        <translation>최근 혈관조영 또는 관류 검사</translation>
    </message>
    <message>
        <source>The last hepatic angiography or perfusion scintigraphy (Tc-99m MAA) of the catheter</source>
        <translation>카테터의 최근 간동맥 조영술 또는 관류 신티그래피 (Tc-99m MAA)</translation>
    </message>
    <message>
        <source>Its result</source>
        <translation>검사 결과</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>Reason (not fit)</source>
        <translation>사유 (투여 불가)</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>취한 조치</translation>
    </message>
    <message>
        <source>Inspected by</source>
        <translation>점검자</translation>
    </message>
    <message>
        <source>{name} ({role}),&lt;br&gt;today, now</source>
        <translation>{name} ({role}),&lt;br&gt;오늘, 지금</translation>
    </message>
    <message>
        <source>That date is in the future.</source>
        <translation>미래의 날짜입니다.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{colour}; font-weight:600&apos;&gt;A new check is due&lt;/span&gt;&lt;br&gt;(every {days} days, site rule).</source>
        <translation>&lt;span style=&apos;color:{colour}; font-weight:600&apos;&gt;새 검사가 필요합니다&lt;/span&gt;&lt;br&gt;({days}일마다, 기관 규칙).</translation>
    </message>
    <message>
        <source>Next check due by {date}&lt;br&gt;(every {days} days, site rule).</source>
        <translation>다음 검사 기한: {date}&lt;br&gt;({days}일마다, 기관 규칙).</translation>
    </message>
    <message>
        <source>Not a date.</source>
        <translation>날짜가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>LabColumn</name>
    <message>
        <source>Taken</source>
        <translation>채취일</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>주기</translation>
    </message>
    <message>
        <source>Graded as (CTCAE term)</source>
        <translation>등급 기준 (CTCAE 용어)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>수치</translation>
    </message>
    <message>
        <source>Normal limits used</source>
        <translation>적용한 정상 범위</translation>
    </message>
    <message>
        <source>× ULN</source>
        <translation>× ULN</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>등급</translation>
    </message>
</context>
<context>
    <name>LabResultDialog</name>
    <message>
        <source> (as a multiple of ULN)</source>
        <translation> (ULN 배수 기준)</translation>
    </message>
    <message>
        <source> (against the baseline)</source>
        <translation> (기저치 대비)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{id}&lt;/b&gt; · {name} — type the value with its unit; the grade is worked out from CTCAE v4.03&apos;s cut-offs and the normal limits below.</source>
        <translation>&lt;b&gt;{id}&lt;/b&gt; · {name} — 수치를 단위와 함께 입력하십시오. 등급은 CTCAE v4.03 기준값과 아래의 정상 범위로 계산됩니다.</translation>
    </message>
    <message>
        <source>Lab result</source>
        <translation>검사 결과</translation>
    </message>
    <message>
        <source>Save result</source>
        <translation>결과 저장</translation>
    </message>
    <message>
        <source>Then record it as an adverse event (grade ≥ 1)</source>
        <translation>저장 후 이상반응으로 기록 (1등급 이상)</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>검사 항목</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>수치</translation>
    </message>
    <message>
        <source>Sample taken</source>
        <translation>검체 채취일</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>주기</translation>
    </message>
    <message>
        <source>ULN</source>
        <translation>ULN</translation>
    </message>
    <message>
        <source>LLN</source>
        <translation>LLN</translation>
    </message>
    <message>
        <source>CTCAE v4.03</source>
        <translation>CTCAE v4.03</translation>
    </message>
    <message>
        <source>e.g. a number in {unit}, or with a unit: {units}</source>
        <translation>예: {unit} 단위의 숫자, 또는 단위와 함께: {units}</translation>
    </message>
    <message>
        <source>site: {limit} (type the report&apos;s own to override)</source>
        <translation>기관: {limit} (보고서의 값을 입력하면 그 값을 적용)</translation>
    </message>
    <message>
        <source>not set as a site rule: type it</source>
        <translation>기관 규칙에 없음: 입력하십시오</translation>
    </message>
    <message>
        <source>Not a date.</source>
        <translation>날짜가 아닙니다.</translation>
    </message>
    <message>
        <source>The grade appears here as you type the value.</source>
        <translation>수치를 입력하면 여기에 등급이 표시됩니다.</translation>
    </message>
    <message>
        <source>the report&apos;s limits</source>
        <translation>보고서 기준</translation>
    </message>
    <message>
        <source>site limits</source>
        <translation>기관 기준</translation>
    </message>
    <message>
        <source>&lt;b&gt;Grade {grade}&lt;/b&gt; — “{rule}”{basis}</source>
        <translation>&lt;b&gt;{grade}등급&lt;/b&gt; — “{rule}”{basis}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Grade {grade}&lt;/b&gt; — within normal limits or below the first cut-off</source>
        <translation>&lt;b&gt;{grade}등급&lt;/b&gt; — 정상 범위 내 또는 첫 기준값 미만</translation>
    </message>
    <message>
        <source>Baseline (first creatinine): {baseline}</source>
        <translation>기저치 (첫 크레아티닌): {baseline}</translation>
    </message>
</context>
<context>
    <name>LabUlnRow</name>
    <message>
        <source>The upper limit of normal printed with this result, when it differs from the site&apos;s (leave empty to use the site ULN).</source>
        <translation>이 결과와 함께 인쇄된 정상 상한(ULN)이 기관 값과 다를 때 입력합니다 (비워 두면 기관 ULN 사용).</translation>
    </message>
    <message>
        <source>site: {uln}</source>
        <translation>기관: {uln}</translation>
    </message>
    <message>
        <source>site</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Site ULN {uln} [site rule]. Type the ULN printed with this result only if it differs.</source>
        <translation>기관 ULN {uln} [기관 규칙]. 이 결과와 함께 인쇄된 ULN이 다를 때만 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>LesionGridModel</name>
    <message>
        <source>Lesion (mm at each scan)</source>
        <translation>병변 (검사별 mm)</translation>
    </message>
</context>
<context>
    <name>LineColumn</name>
    <message>
        <source>Drug</source>
        <translation>약물</translation>
    </message>
    <message>
        <source>Basis · level</source>
        <translation>기준 · 단계</translation>
    </message>
    <message>
        <source>Calculated</source>
        <translation>계산 용량</translation>
    </message>
    <message>
        <source>Final dose</source>
        <translation>최종 용량</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>투여 경로</translation>
    </message>
    <message>
        <source>Over</source>
        <translation>투여 시간</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>투여 내역</translation>
    </message>
</context>
<context>
    <name>ListPanel</name>
    <message>
        <source>Allocation list in force</source>
        <translation>현재 배정표</translation>
    </message>
    <message>
        <source>TRAINING</source>
        <translation>교육용</translation>
    </message>
    <message>
        <source>A list for practice: not the trial&apos;s allocation.</source>
        <translation>연습용 배정표: 임상시험의 실제 배정이 아닙니다.</translation>
    </message>
    <message>
        <source>There is no allocation list yet. Import the central statistician&apos;s list, or generate one for training.</source>
        <translation>아직 배정표가 없습니다. 중앙 통계 담당자의 배정표를 가져오거나 교육용 배정표를 생성하십시오.</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처 메모</translation>
    </message>
    <message>
        <source>Generator</source>
        <translation>생성기</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>무결성</translation>
    </message>
    <message>
        <source>Balance report</source>
        <translation>균형 보고서</translation>
    </message>
    <message>
        <source>randomized per arm and envelopes left, per stratum and overall (arms of opened envelopes only)</source>
        <translation>층별 및 전체의 배정군별 무작위배정 수와 남은 봉투 (개봉된 봉투의 배정군만)</translation>
    </message>
    <message>
        <source>&amp;Import list…</source>
        <translation>배정표 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>Generate &amp;training list…</source>
        <translation>교육용 배정표 생성(&amp;T)…</translation>
    </message>
    <message>
        <source>P&amp;rint envelope set…</source>
        <translation>봉투 세트 출력(&amp;R)…</translation>
    </message>
    <message>
        <source>Labels (outside: stratum and number, no arm) and insert cards (the allocation) of every unused envelope, as PDF. Printing is recorded in the audit trail.</source>
        <translation>모든 미사용 봉투의 라벨(겉면: 층과 번호, 배정군 없음)과 속 카드(배정)를 PDF로 만듭니다. 출력은 감사 추적에 기록됩니다.</translation>
    </message>
    <message>
        <source>E&amp;xport full list…</source>
        <translation>전체 배정표 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>Unblinds the list: administrators only, with a reason.</source>
        <translation>배정표를 공개합니다: 관리자만, 사유와 함께.</translation>
    </message>
    <message>
        <source>Imported (central statistician&apos;s CSV)</source>
        <translation>가져옴 (중앙 통계 담당자의 CSV)</translation>
    </message>
    <message>
        <source>Generated in this program</source>
        <translation>이 프로그램에서 생성</translation>
    </message>
    <message>
        <source>{origin} — training</source>
        <translation>{origin} — 교육용</translation>
    </message>
    <message>
        <source>{when} by {name}</source>
        <translation>{when}, {name}</translation>
    </message>
    <message>
        <source>— (imported)</source>
        <translation>— (가져옴)</translation>
    </message>
    <message>
        <source>{generator}; block sizes {sizes}</source>
        <translation>{generator}; 블록 크기 {sizes}</translation>
    </message>
    <message>
        <source>{fingerprint}… (hover for all 64)</source>
        <translation>{fingerprint}… (마우스를 올리면 64자 전체 표시)</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:{colour}; font-weight:600&apos;&gt;✓ The list matches its fingerprint&lt;/span&gt; ({n} envelopes)</source>
        <translation>&lt;span style=&apos;color:{colour}; font-weight:600&apos;&gt;✓ 배정표가 지문과 일치합니다&lt;/span&gt; (봉투 {n}개)</translation>
    </message>
</context>
<context>
    <name>LiverChart</name>
    <message>
        <source>Liver tests as multiples of the upper limit of normal</source>
        <translation>정상 상한의 배수로 나타낸 간기능 검사</translation>
    </message>
    <message>
        <source>{test} {multiple} × ULN on {date}</source>
        <translation>{test} {multiple} × ULN ({date})</translation>
    </message>
    <message>
        <source>No liver tests recorded.</source>
        <translation>기록된 간기능 검사가 없습니다.</translation>
    </message>
    <message>
        <source>No ALT, AST, ALP or bilirubin results yet.
Enter them with “Lab result…”; they appear here as × ULN.</source>
        <translation>아직 ALT, AST, ALP 또는 빌리루빈 결과가 없습니다.
“검사 결과…”로 입력하면 여기에 × ULN으로 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>LockCover</name>
    <message>
        <source>hai-desktop — locked</source>
        <translation>hai-desktop — 잠김</translation>
    </message>
    <message>
        <source>Workstation locked — this window&apos;s content is hidden.</source>
        <translation>워크스테이션 잠김 — 이 창의 내용은 가려져 있습니다.</translation>
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
    <name>LogColumn</name>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>기록 종류</translation>
    </message>
    <message>
        <source>What / outcome</source>
        <translation>내용 / 판정</translation>
    </message>
    <message>
        <source>Findings and details</source>
        <translation>소견 및 세부 사항</translation>
    </message>
    <message>
        <source>By</source>
        <translation>기록자</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>Catheter event</source>
        <translation>카테터 이벤트</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>점검</translation>
    </message>
    <message>
        <source>Pain during HAI</source>
        <translation>HAI 중 통증</translation>
    </message>
    <message>
        <source>{location} pain</source>
        <translation>{location} 통증</translation>
    </message>
    <message>
        <source>VOIDED ({reason}) — {details}</source>
        <translation>무효 처리됨 ({reason}) — {details}</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>환자</translation>
    </message>
    <message>
        <source>with a catheter recorded</source>
        <translation>카테터 기록 있음</translation>
    </message>
    <message>
        <source>catheter in place now</source>
        <translation>현재 카테터 유치 중</translation>
    </message>
    <message>
        <source>Complications</source>
        <translation>합병증</translation>
    </message>
    <message>
        <source>Inspections</source>
        <translation>점검</translation>
    </message>
    <message>
        <source>Catheter events</source>
        <translation>카테터 이벤트</translation>
    </message>
    <message>
        <source>reports</source>
        <translation>보고</translation>
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
        <source>Find patient</source>
        <translation>환자 찾기</translation>
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
    <message>
        <source>{title} ({count})</source>
        <translation>{title} ({count})</translation>
    </message>
    <message>
        <source>it stopped unexpectedly (see the log).</source>
        <translation>예기치 않게 중단되었습니다(로그를 확인하십시오).</translation>
    </message>
    <message>
        <source>Backing up the database and signing out…</source>
        <translation>데이터베이스를 백업하고 로그아웃하는 중…</translation>
    </message>
</context>
<context>
    <name>MdtRow</name>
    <message>
        <source>Unresectable</source>
        <translation>절제 불가</translation>
    </message>
    <message>
        <source>Resectable</source>
        <translation>절제 가능</translation>
    </message>
    <message>
        <source>Team present</source>
        <translation>참석 진료과</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>결정</translation>
    </message>
    <message>
        <source>Unresectable because (protocol criteria)</source>
        <translation>절제 불가 사유 (프로토콜 기준)</translation>
    </message>
    <message>
        <source>meeting date</source>
        <translation>회의 날짜</translation>
    </message>
    <message>
        <source>source: MDT minutes</source>
        <translation>출처: MDT 회의록</translation>
    </message>
</context>
<context>
    <name>Method</name>
    <message>
        <source>CT</source>
        <translation>CT</translation>
    </message>
    <message>
        <source>MRI</source>
        <translation>MRI</translation>
    </message>
</context>
<context>
    <name>MutationStatusDialog</name>
    <message>
        <source>wild type</source>
        <translation>야생형</translation>
    </message>
    <message>
        <source>mutant</source>
        <translation>변이형</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>아직 모름</translation>
    </message>
    <message>
        <source>Tumour mutation status</source>
        <translation>종양 변이 상태</translation>
    </message>
    <message>
        <source>Cetuximab is given only for RAS wild-type disease [site rule]. Record the result as the pathology report gives it.</source>
        <translation>cetuximab은 RAS 야생형 질환에만 투여합니다 [기관 규칙]. 병리 보고서에 적힌 대로 결과를 기록하십시오.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>e.g. pathology report 2026-10-02, NGS panel</source>
        <translation>예: 병리 보고서 2026-10-02, NGS 패널</translation>
    </message>
    <message>
        <source>RAS (KRAS/NRAS)</source>
        <translation>RAS (KRAS/NRAS)</translation>
    </message>
    <message>
        <source>BRAF V600E</source>
        <translation>BRAF V600E</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
</context>
<context>
    <name>NeuropathyRow</name>
    <message>
        <source>No sensory neuropathy</source>
        <translation>감각 신경병증 없음</translation>
    </message>
    <message>
        <source>grade {grade}</source>
        <translation>{grade}등급</translation>
    </message>
    <message>
        <source>assessed on</source>
        <translation>평가일</translation>
    </message>
    <message>
        <source>{version} — grade it before every oxaliplatin dose (0 if none)</source>
        <translation>{version} — 매 oxaliplatin 투여 전에 등급을 매기십시오 (없으면 0)</translation>
    </message>
    <message>
        <source>{text} — &lt;b&gt;grade {grade} or more [site rule]: a dose decision is due&lt;/b&gt;</source>
        <translation>{text} — &lt;b&gt;{grade}등급 이상 [기관 규칙]: 용량 결정이 필요합니다&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>NewOrderDialog</name>
    <message>
        <source>Cycle order for {patient}. Height, weight and labs in any usual unit; the calculation on the right follows every edit.</source>
        <translation>주기 처방 — {patient}. 신장, 체중, 검사 결과는 통상 쓰는 단위로 입력하며, 오른쪽 계산은 입력할 때마다 다시 이루어집니다.</translation>
    </message>
    <message>
        <source>A new order for {patient} that replaces order #{id} (cycle {cycle}, {status}), filled in from it. The old order is voided as superseded when this one is created; reductions and stops already decided stay.</source>
        <translation>새 처방 — {patient}. 처방 #{id}({cycle}주기, {status})을(를) 대체하며, 기존 처방의 내용으로 채워져 있습니다. 이 처방을 작성하면 기존 처방은 대체됨으로 무효 처리되며, 이미 결정된 감량과 중단은 그대로 유지됩니다.</translation>
    </message>
    <message>
        <source>{rate} mL/h over {time}</source>
        <translation>{rate} mL/h, {time} 동안</translation>
    </message>
    <message>
        <source>over {time}</source>
        <translation>{time} 동안</translation>
    </message>
    <message>
        <source>1 dose</source>
        <translation>1회</translation>
    </message>
    <message>
        <source>{n} doses</source>
        <translation>{n}회</translation>
    </message>
    <message>
        <source>before this cycle {mg} mg ({mg_m2} mg/m², {doses})</source>
        <translation>이번 주기 전 {mg} mg ({mg_m2} mg/m², {doses})</translation>
    </message>
    <message>
        <source>before this cycle {mg} mg ({mg_m2} mg/m², {doses}); with this dose &lt;b&gt;{with_mg} mg ({with_mg_m2} mg/m²)&lt;/b&gt;</source>
        <translation>이번 주기 전 {mg} mg ({mg_m2} mg/m², {doses}); 이번 용량 포함 시 &lt;b&gt;{with_mg} mg ({with_mg_m2} mg/m²)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Allergies: could not be read.</source>
        <translation>알레르기: 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>⚠ &lt;b&gt;ALLERGIES NOT YET ASKED.&lt;/b&gt; This order can be drafted but not signed until the patient&apos;s allergies (or “no known allergies”) are recorded: Patients → Allergies…</source>
        <translation>⚠ &lt;b&gt;알레르기를 아직 묻지 않았습니다.&lt;/b&gt; 환자의 알레르기(또는 “알려진 알레르기 없음”)가 기록되기 전에는 이 처방을 초안으로 작성할 수는 있지만 서명할 수는 없습니다: 환자 → 알레르기…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Allergies:&lt;/b&gt; {summary}</source>
        <translation>&lt;b&gt;알레르기:&lt;/b&gt; {summary}</translation>
    </message>
    <message>
        <source>New order — {patient}</source>
        <translation>새 처방 — {patient}</translation>
    </message>
    <message>
        <source>Replace order #{id} — {patient}</source>
        <translation>처방 #{id} 대체 — {patient}</translation>
    </message>
    <message>
        <source>Create draft order</source>
        <translation>처방 초안 작성</translation>
    </message>
    <message>
        <source>Create replacement order</source>
        <translation>대체 처방 작성</translation>
    </message>
    <message>
        <source>e.g. 172 cm</source>
        <translation>예: 172 cm</translation>
    </message>
    <message>
        <source>e.g. 70 kg</source>
        <translation>예: 70 kg</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>선택 사항</translation>
    </message>
    <message>
        <source>Confirm an unusual BSA (outside {low}–{high} m² [site rule])</source>
        <translation>비정상 범위 체표면적 확인 ({low}–{high} m² 범위 밖 [기관 규칙])</translation>
    </message>
    <message>
        <source>only to proceed despite a hold: the reason</source>
        <translation>보류에도 진행할 때만: 사유</translation>
    </message>
    <message>
        <source>only for cetuximab when not RAS wild type</source>
        <translation>RAS 야생형이 아닌데 cetuximab을 쓸 때만</translation>
    </message>
    <message>
        <source>Peripheral sensory&lt;br&gt;neuropathy</source>
        <translation>말초 감각&lt;br&gt;신경병증</translation>
    </message>
    <message>
        <source>Day 1</source>
        <translation>1일차</translation>
    </message>
    <message>
        <source>Targeted agent</source>
        <translation>표적치료제</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>신장</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>체중</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>측정일</translation>
    </message>
    <message>
        <source>BSA formula</source>
        <translation>체표면적 공식</translation>
    </message>
    <message>
        <source>Serum creatinine</source>
        <translation>혈청 크레아티닌</translation>
    </message>
    <message>
        <source>ANC</source>
        <translation>ANC</translation>
    </message>
    <message>
        <source>Platelets</source>
        <translation>혈소판</translation>
    </message>
    <message>
        <source>Labs taken on</source>
        <translation>검사일</translation>
    </message>
    <message>
        <source>Hold override</source>
        <translation>보류 예외 승인</translation>
    </message>
    <message>
        <source>Targeted override</source>
        <translation>표적치료제 예외 승인</translation>
    </message>
    <message>
        <source>Grade {grade} {term} (cycle {cycle}), {attribution}: a dose decision is due</source>
        <translation>{grade}등급 {term}, {cycle}주기, {attribution}: 용량 결정이 필요합니다</translation>
    </message>
    <message>
        <source>Grade {grade} {term}, {attribution}: a dose decision is due</source>
        <translation>{grade}등급 {term}, {attribution}: 용량 결정이 필요합니다</translation>
    </message>
    <message>
        <source>{drug} level</source>
        <translation>{drug} 용량 단계</translation>
    </message>
    <message>
        <source>Premedication and supportive care</source>
        <translation>전처치 및 보조요법</translation>
    </message>
    <message>
        <source>From the site&apos;s table [site rule]. Leaving an item out or changing its dose needs the reason, printed on the sheet.</source>
        <translation>기관의 표에 따름 [기관 규칙]. 항목을 제외하거나 용량을 바꾸려면 사유가 필요하며, 사유는 처방전에 인쇄됩니다.</translation>
    </message>
    <message>
        <source>Calculation</source>
        <translation>계산</translation>
    </message>
    <message>
        <source>Grade {grade} peripheral sensory neuropathy, at grade {site_grade} or more [site rule]: a dose decision is due before this oxaliplatin dose</source>
        <translation>말초 감각 신경병증 {grade}등급, {site_grade}등급 이상 [기관 규칙]: 이번 oxaliplatin 투여 전에 용량 결정이 필요합니다</translation>
    </message>
    <message>
        <source>Enter the date (yyyy-mm-dd).</source>
        <translation>날짜를 입력하십시오 (yyyy-mm-dd).</translation>
    </message>
    <message>
        <source>Not a date.</source>
        <translation>날짜가 아닙니다.</translation>
    </message>
    <message>
        <source>Enter the height.</source>
        <translation>신장을 입력하십시오.</translation>
    </message>
    <message>
        <source>Enter the weight.</source>
        <translation>체중을 입력하십시오.</translation>
    </message>
    <message>
        <source>Waiting for a complete, valid entry.</source>
        <translation>모든 항목이 올바르게 입력되기를 기다리는 중입니다.</translation>
    </message>
    <message>
        <source>⚠ Hold: {hold}</source>
        <translation>⚠ 보류: {hold}</translation>
    </message>
    <message>
        <source>BSA &lt;b&gt;{bsa} m²&lt;/b&gt; ({formula}), cap {cap} m²</source>
        <translation>체표면적 &lt;b&gt;{bsa} m²&lt;/b&gt; ({formula}), 상한 {cap} m²</translation>
    </message>
    <message>
        <source>BSA &lt;b&gt;{bsa} m²&lt;/b&gt; ({formula})</source>
        <translation>체표면적 &lt;b&gt;{bsa} m²&lt;/b&gt; ({formula})</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cycle {cycle}&lt;/b&gt; · {arm} arm</source>
        <translation>&lt;b&gt;{cycle}주기&lt;/b&gt; · {arm}</translation>
    </message>
    <message>
        <source>CrCl {working}</source>
        <translation>크레아티닌 청소율 {working}</translation>
    </message>
    <message>
        <source>CrCl — (no creatinine entered)</source>
        <translation>크레아티닌 청소율 — (크레아티닌 미입력)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{drug}&lt;/b&gt;: stopped ({reason})</source>
        <translation>&lt;b&gt;{drug}&lt;/b&gt;: 중단 ({reason})</translation>
    </message>
    <message>
        <source>&lt;b&gt;{drug}&lt;/b&gt; (level {level}): {working}</source>
        <translation>&lt;b&gt;{drug}&lt;/b&gt; (단계 {level}): {working}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cumulative oxaliplatin&lt;/b&gt;: {text}</source>
        <translation>&lt;b&gt;oxaliplatin 누적 용량&lt;/b&gt;: {text}</translation>
    </message>
    <message>
        <source>Peripheral sensory neuropathy: grade {grade} on {day}</source>
        <translation>말초 감각 신경병증: {grade}등급 ({day} 평가)</translation>
    </message>
    <message>
        <source>Peripheral sensory neuropathy: grade {grade}</source>
        <translation>말초 감각 신경병증: {grade}등급</translation>
    </message>
    <message>
        <source>&lt;b&gt;Premedication and supportive care&lt;/b&gt;: {n} items; left out: {left_out}; changed: {changed}</source>
        <translation>&lt;b&gt;전처치 및 보조요법&lt;/b&gt;: {n}개 항목; 제외: {left_out}; 변경: {changed}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Premedication and supportive care&lt;/b&gt;: {n} items; left out: {left_out}</source>
        <translation>&lt;b&gt;전처치 및 보조요법&lt;/b&gt;: {n}개 항목; 제외: {left_out}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Premedication and supportive care&lt;/b&gt;: {n} items; changed: {changed}</source>
        <translation>&lt;b&gt;전처치 및 보조요법&lt;/b&gt;: {n}개 항목; 변경: {changed}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Premedication and supportive care&lt;/b&gt;: {n} items</source>
        <translation>&lt;b&gt;전처치 및 보조요법&lt;/b&gt;: {n}개 항목</translation>
    </message>
</context>
<context>
    <name>NoKnownAllergiesDialog</name>
    <message>
        <source>No known allergies — {id}</source>
        <translation>알려진 알레르기 없음 — {id}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{id}&lt;/b&gt; · {name} was asked about allergies and infusion reactions (drugs, contrast media, latex, food) and has none. Orders can be signed once this is recorded.</source>
        <translation>&lt;b&gt;{id}&lt;/b&gt; · {name}에게 알레르기와 주입 반응(약물, 조영제, 라텍스, 음식)을 확인했으며 해당 사항이 없습니다. 이것이 기록되면 처방에 서명할 수 있습니다.</translation>
    </message>
    <message>
        <source>Record “no known allergies”</source>
        <translation>“알려진 알레르기 없음” 기록</translation>
    </message>
    <message>
        <source>The person who asked the patient (you, unless a colleague did)</source>
        <translation>환자에게 확인한 사람 (동료가 확인하지 않았다면 본인)</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>확인자</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>확인 날짜</translation>
    </message>
    <message>
        <source>Enter the date the patient was asked.</source>
        <translation>환자에게 확인한 날짜를 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>NonTarget</name>
    <message>
        <source>all disappeared (nodes under 10 mm)</source>
        <translation>모두 소실 (림프절 10 mm 미만)</translation>
    </message>
    <message>
        <source>still present, not progressed</source>
        <translation>남아 있음, 진행 없음</translation>
    </message>
    <message>
        <source>unequivocal progression</source>
        <translation>명백한 진행</translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation>평가 안 함</translation>
    </message>
</context>
<context>
    <name>NonTargetShort</name>
    <message>
        <source>absent</source>
        <translation>소실</translation>
    </message>
    <message>
        <source>present</source>
        <translation>남아 있음</translation>
    </message>
    <message>
        <source>progressed</source>
        <translation>진행</translation>
    </message>
    <message>
        <source>not evaluated</source>
        <translation>평가 안 함</translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Working…</source>
        <translation>처리 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>{name}
It has started and cannot be stopped safely; it ends in a moment.</source>
        <translation>{name}
이미 시작되어 안전하게 중단할 수 없습니다. 곧 끝납니다.</translation>
    </message>
</context>
<context>
    <name>OrderColumn</name>
    <message>
        <source>Cycle</source>
        <translation>주기</translation>
    </message>
    <message>
        <source>Day 1</source>
        <translation>1일차</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>작성자</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>서명</translation>
    </message>
</context>
<context>
    <name>OrderDetail</name>
    <message>
        <source>{first} and {second}</source>
        <translation>{first}, {second}</translation>
    </message>
    <message>
        <source>Double checked at the chair by {names}.</source>
        <translation>투여 현장 이중 확인: {names}.</translation>
    </message>
    <message>
        <source>✓ Double check complete: {names}. The order can be given.</source>
        <translation>✓ 이중 확인 완료: {names}. 이 처방을 투여할 수 있습니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Double check 1 of 2 done by {name}&lt;/b&gt;. The second check is made by another nurse, on her own, before anything is given.</source>
        <translation>&lt;b&gt;이중 확인 2건 중 1건 완료: {name}&lt;/b&gt;. 두 번째 확인은 투여 전에 다른 간호사가 독립적으로 합니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Double check: none yet.&lt;/b&gt; Two nurses check at the chair, each on her own, before anything is given.</source>
        <translation>&lt;b&gt;이중 확인: 아직 없음.&lt;/b&gt; 투여 전에 간호사 두 명이 투여 현장에서 각자 독립적으로 확인합니다.</translation>
    </message>
    <message>
        <source>&lt;br&gt;No longer current (the order or the HAI gate changed since): {names}.</source>
        <translation>&lt;br&gt;더 이상 유효하지 않음 (그 뒤 처방 또는 HAI 투여 조건이 바뀜): {names}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; {dose} {route} (as needed)</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; {dose} {route} (필요 시)</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>사유 없음</translation>
    </message>
    <message>
        <source>left out: {reason}</source>
        <translation>제외: {reason}</translation>
    </message>
    <message>
        <source>&lt;i&gt;(changed: {reason})&lt;/i&gt;</source>
        <translation>&lt;i&gt;(변경: {reason})&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Cumulative oxaliplatin: &lt;b&gt;{mg} mg&lt;/b&gt; ({mg_m2} mg/m², {doses} doses) before this order; &lt;b&gt;{after_mg} mg&lt;/b&gt; ({after_mg_m2} mg/m²) with it</source>
        <translation>oxaliplatin 누적 용량: 이 처방 전 &lt;b&gt;{mg} mg&lt;/b&gt; ({mg_m2} mg/m², {doses}회), 이 처방 포함 시 &lt;b&gt;{after_mg} mg&lt;/b&gt; ({after_mg_m2} mg/m²)</translation>
    </message>
    <message>
        <source>peripheral sensory neuropathy &lt;b&gt;grade {grade}&lt;/b&gt; on {day}</source>
        <translation>말초 감각 신경병증 &lt;b&gt;{grade}등급&lt;/b&gt; ({day} 평가)</translation>
    </message>
    <message>
        <source>peripheral sensory neuropathy &lt;b&gt;grade {grade}&lt;/b&gt;</source>
        <translation>말초 감각 신경병증 &lt;b&gt;{grade}등급&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No order selected</source>
        <translation>선택된 처방 없음</translation>
    </message>
    <message>
        <source>&lt;b&gt;Premedication and supportive care&lt;/b&gt;</source>
        <translation>&lt;b&gt;전처치 및 보조요법&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Signatures&lt;/b&gt;</source>
        <translation>&lt;b&gt;서명&lt;/b&gt;</translation>
    </message>
    <message>
        <source>S&amp;ign…</source>
        <translation>서명(&amp;I)…</translation>
    </message>
    <message>
        <source>Prescribe: sign the order with your password</source>
        <translation>처방: 비밀번호로 처방에 서명합니다</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>검증(&amp;V)…</translation>
    </message>
    <message>
        <source>Pharmacist check of the calculation, signed</source>
        <translation>약사의 계산 검증 (서명)</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>반려(&amp;J)…</translation>
    </message>
    <message>
        <source>Send the order back with a reason</source>
        <translation>사유와 함께 처방을 반려합니다</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>인쇄(&amp;R)…</translation>
    </message>
    <message>
        <source>Print the order sheet to give from (each print is audited)</source>
        <translation>투여에 쓸 처방전을 인쇄합니다 (인쇄할 때마다 감사 추적에 기록)</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>PDF로 저장(&amp;P)…</translation>
    </message>
    <message>
        <source>Save the order sheet as a PDF file (each copy is audited like a print)</source>
        <translation>처방전을 PDF 파일로 저장합니다 (사본마다 인쇄와 같이 감사 추적에 기록)</translation>
    </message>
    <message>
        <source>Double &amp;check…</source>
        <translation>이중 확인(&amp;C)…</translation>
    </message>
    <message>
        <source>The independent check at the chair: the patient, the sheet&apos;s code and every line, by two nurses on their own</source>
        <translation>투여 현장의 독립 확인: 환자, 처방전 코드, 모든 투여 항목을 간호사 두 명이 각자 확인합니다</translation>
    </message>
    <message>
        <source>Record &amp;administration…</source>
        <translation>투여 기록(&amp;A)…</translation>
    </message>
    <message>
        <source>What was given, with its times, after both checks</source>
        <translation>두 확인을 마친 뒤 투여한 내용과 시각</translation>
    </message>
    <message>
        <source>Pump &amp;disconnected…</source>
        <translation>펌프 분리(&amp;D)…</translation>
    </message>
    <message>
        <source>Record the end of the pump still running</source>
        <translation>아직 작동 중인 펌프의 종료를 기록합니다</translation>
    </message>
    <message>
        <source>Con&amp;firm administration…</source>
        <translation>투여 확인(&amp;F)…</translation>
    </message>
    <message>
        <source>The second nurse confirms what was recorded as given</source>
        <translation>두 번째 간호사가 투여로 기록된 내용을 확인합니다</translation>
    </message>
    <message>
        <source>Pr&amp;eview</source>
        <translation>미리 보기(&amp;E)</translation>
    </message>
    <message>
        <source>The order sheet on screen</source>
        <translation>화면으로 보는 처방전</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>대체 처방…</translation>
    </message>
    <message>
        <source>Write a corrected order that supersedes this one (a signed order never changes)</source>
        <translation>이 처방을 대체하는 수정 처방을 작성합니다 (서명된 처방은 변경되지 않음)</translation>
    </message>
    <message>
        <source>V&amp;oid…</source>
        <translation>무효 처리(&amp;O)…</translation>
    </message>
    <message>
        <source>Void the order with a reason</source>
        <translation>사유와 함께 처방을 무효 처리합니다</translation>
    </message>
    <message>
        <source>Override HAI gate…</source>
        <translation>HAI 투여 조건 예외 승인…</translation>
    </message>
    <message>
        <source>Let today&apos;s HAI line go ahead without a valid catheter inspection (investigator, with a reason)</source>
        <translation>유효한 카테터 점검 없이 오늘의 HAI 투여를 진행하게 합니다 (연구자, 사유 필요)</translation>
    </message>
    <message>
        <source>Choose an order on the left, or write the next cycle&apos;s order.</source>
        <translation>목록에서 처방을 선택하거나 다음 주기 처방을 작성하십시오.</translation>
    </message>
    <message>
        <source>Cycle {cycle} · order #{id} · {status}</source>
        <translation>{cycle}주기 · 처방 #{id} · {status}</translation>
    </message>
    <message>
        <source>✗ &lt;b&gt;{meaning}&lt;/b&gt; — {name}, {when} — &lt;b&gt;no longer matches the order&lt;/b&gt;</source>
        <translation>✗ &lt;b&gt;{meaning}&lt;/b&gt; — {name}, {when} — &lt;b&gt;더 이상 처방과 일치하지 않음&lt;/b&gt;</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>아직 없음.</translation>
    </message>
    <message>
        <source>not calculated</source>
        <translation>계산 안 됨</translation>
    </message>
    <message>
        <source>BSA &lt;b&gt;{bsa} m²&lt;/b&gt; ({formula}) (cap {cap} m²) · CrCl {crcl} (Cockcroft–Gault)</source>
        <translation>체표면적 &lt;b&gt;{bsa} m²&lt;/b&gt; ({formula}) (상한 {cap} m²) · 크레아티닌 청소율 {crcl} (Cockcroft–Gault)</translation>
    </message>
    <message>
        <source>BSA &lt;b&gt;{bsa} m²&lt;/b&gt; ({formula}) · CrCl {crcl} (Cockcroft–Gault)</source>
        <translation>체표면적 &lt;b&gt;{bsa} m²&lt;/b&gt; ({formula}) · 크레아티닌 청소율 {crcl} (Cockcroft–Gault)</translation>
    </message>
    <message>
        <source>ANC {anc} · platelets {platelets} on {day}</source>
        <translation>ANC {anc} · 혈소판 {platelets} ({day} 검사)</translation>
    </message>
    <message>
        <source>ANC {anc} · platelets {platelets}</source>
        <translation>ANC {anc} · 혈소판 {platelets}</translation>
    </message>
    <message>
        <source>Day 1 &lt;b&gt;{day1}&lt;/b&gt; · {arm} arm · targeted agent &lt;b&gt;{agent}&lt;/b&gt;</source>
        <translation>1일차 &lt;b&gt;{day1}&lt;/b&gt; · {arm} · 표적치료제 &lt;b&gt;{agent}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Height {height} ({cm} cm) · weight {weight} ({kg} kg), measured {day}</source>
        <translation>신장 {height} ({cm} cm) · 체중 {weight} ({kg} kg), 측정일 {day}</translation>
    </message>
    <message>
        <source>Dose level: {drug} {reason}</source>
        <translation>용량 단계: {drug} {reason}</translation>
    </message>
    <message>
        <source>&lt;b&gt;⚠ Allergies: {text}&lt;/b&gt;</source>
        <translation>&lt;b&gt;⚠ 알레르기: {text}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Allergies: {text}</source>
        <translation>알레르기: {text}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Allergies: {text}&lt;/b&gt; — ask the patient before the order is signed</source>
        <translation>&lt;b&gt;알레르기: {text}&lt;/b&gt; — 처방 서명 전에 환자에게 물어보십시오</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pump running:&lt;/b&gt; {drug} since {when} — record its disconnection (Pump disconnected…).</source>
        <translation>&lt;b&gt;펌프 작동 중:&lt;/b&gt; {drug}, {when}부터 — 분리를 기록하십시오 (펌프 분리…).</translation>
    </message>
    <message>
        <source>⚠ Medication error — incident #{id}, open, for the investigator: {summary}</source>
        <translation>⚠ 투약 오류 — 사건 #{id}, 미결, 연구자 확인 필요: {summary}</translation>
    </message>
    <message>
        <source>Incident #{id} resolved by {name} ({when}): {resolution}</source>
        <translation>사건 #{id} 종결 — {name} ({when}): {resolution}</translation>
    </message>
    <message>
        <source>Reso&amp;lve incident #{id}…</source>
        <translation>사건 #{id} 종결(&amp;L)…</translation>
    </message>
    <message>
        <source>Resolve incident #{id}…</source>
        <translation>사건 #{id} 종결…</translation>
    </message>
    <message>
        <source>Record what was found and done (investigator)</source>
        <translation>확인한 내용과 조치를 기록합니다 (연구자)</translation>
    </message>
    <message>
        <source>HAI today: {text}</source>
        <translation>오늘 HAI: {text}</translation>
    </message>
    <message>
        <source>⚠ Hold: {hold}</source>
        <translation>⚠ 보류: {hold}</translation>
    </message>
    <message>
        <source>Hold overridden by the investigator: {reason}</source>
        <translation>연구자의 보류 예외 승인: {reason}</translation>
    </message>
    <message>
        <source>Targeted agent override: {reason}</source>
        <translation>표적치료제 예외 승인: {reason}</translation>
    </message>
    <message>
        <source>Voided: {reason} (rejected before: {rejection})</source>
        <translation>무효 처리됨: {reason} (이전 반려 사유: {rejection})</translation>
    </message>
    <message>
        <source>Voided: {reason}</source>
        <translation>무효 처리됨: {reason}</translation>
    </message>
    <message>
        <source>Rejected: {reason}</source>
        <translation>반려됨: {reason}</translation>
    </message>
    <message>
        <source>Printed 1 time.</source>
        <translation>1회 출력됨.</translation>
    </message>
    <message>
        <source>Printed {n} times.</source>
        <translation>{n}회 출력됨.</translation>
    </message>
</context>
<context>
    <name>OrderLinesModel</name>
    <message>
        <source>{amount} — not given
(HAI withheld)</source>
        <translation>{amount} — 투여 안 함
(HAI 보류)</translation>
    </message>
    <message>
        <source>{amount} — not given</source>
        <translation>{amount} — 투여 안 함</translation>
    </message>
    <message>
        <source>{amount}
running since {when}</source>
        <translation>{amount}
{when}부터 투여 중</translation>
    </message>
    <message>
        <source>{time} – pump running</source>
        <translation>{time} – 펌프 작동 중</translation>
    </message>
    <message>
        <source>{dose} mg/{per} · level {level}</source>
        <translation>{dose} mg/{per} · 단계 {level}</translation>
    </message>
    <message>
        <source>stopped ({reason})</source>
        <translation>중단 ({reason})</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>중단</translation>
    </message>
    <message>
        <source>Reduced: {reason}</source>
        <translation>감량: {reason}</translation>
    </message>
    <message>
        <source>Dose level: {reason}</source>
        <translation>용량 단계: {reason}</translation>
    </message>
    <message>
        <source>Reason for the dose: {reason}</source>
        <translation>용량 사유: {reason}</translation>
    </message>
    <message>
        <source>Reason for the time: {reason}</source>
        <translation>시간 사유: {reason}</translation>
    </message>
</context>
<context>
    <name>OrderSheet</name>
    <message>
        <source>Drug</source>
        <translation>약물</translation>
    </message>
    <message>
        <source>Basis · level</source>
        <translation>기준 · 단계</translation>
    </message>
    <message>
        <source>Calculated</source>
        <translation>계산 용량</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>용량</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>경로</translation>
    </message>
    <message>
        <source>Volume · rate · pump</source>
        <translation>수액량 · 속도 · 펌프</translation>
    </message>
    <message>
        <source>Platelets</source>
        <translation>혈소판</translation>
    </message>
    <message>
        <source>Creatinine</source>
        <translation>크레아티닌</translation>
    </message>
    <message>
        <source>Prescriber (investigator)</source>
        <translation>처방의 (연구자)</translation>
    </message>
    <message>
        <source>Pharmacist (verification)</source>
        <translation>약사 (검증)</translation>
    </message>
    <message>
        <source>Nurse administering</source>
        <translation>투여 간호사</translation>
    </message>
    <message>
        <source>Second nurse (after giving)</source>
        <translation>두 번째 간호사 (투여 후)</translation>
    </message>
    <message>
        <source>ALLERGY STATUS NOT RECORDED</source>
        <translation>알레르기 상태 미기록</translation>
    </message>
    <message>
        <source>Allergies: none known</source>
        <translation>알레르기: 알려진 알레르기 없음</translation>
    </message>
    <message>
        <source>ALLERGIES: {allergies}</source>
        <translation>알레르기: {allergies}</translation>
    </message>
    <message>
        <source>Study ID {study_id} ({number})</source>
        <translation>연구 번호 {study_id} ({number})</translation>
    </message>
    <message>
        <source>Screening no. {number} (not randomized)</source>
        <translation>스크리닝 번호 {number} (무작위배정 전)</translation>
    </message>
    <message>
        <source>{study} · Record no. {record} · Born {born}</source>
        <translation>{study} · 병원 등록번호 {record} · 생년월일 {born}</translation>
    </message>
    <message>
        <source>Cycle {cycle} · day 1 {day}</source>
        <translation>{cycle}주기 · 1일차 {day}</translation>
    </message>
    <message>
        <source>{site} · Chemotherapy order</source>
        <translation>{site} · 항암화학요법 처방</translation>
    </message>
    <message>
        <source>Chemotherapy order — cycle {cycle}, day 1 {day}</source>
        <translation>항암화학요법 처방 — {cycle}주기, 1일차 {day}</translation>
    </message>
    <message>
        <source>Order #{number} · status &lt;b&gt;{status}&lt;/b&gt; · {arm}: {regimen} · {targeted} · every {days} days</source>
        <translation>처방 #{number} · 상태 &lt;b&gt;{status}&lt;/b&gt; · {arm}: {regimen} · {targeted} · {days}일마다</translation>
    </message>
    <message>
        <source>ALLERGIES AND INFUSION REACTIONS</source>
        <translation>알레르기 및 주입 반응</translation>
    </message>
    <message>
        <source>{allergen} ({category}){reaction} · severity {severity}</source>
        <translation>{allergen} ({category}){reaction} · 중증도 {severity}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Allergies:&lt;/b&gt; {summary}</source>
        <translation>&lt;b&gt;알레르기:&lt;/b&gt; {summary}</translation>
    </message>
    <message>
        <source>{alert} — ask the patient and record the allergies (or “no known allergies”) before this order is signed.</source>
        <translation>{alert} — 이 처방에 서명하기 전에 환자에게 묻고 알레르기(또는 “알려진 알레르기 없음”)를 기록하십시오.</translation>
    </message>
    <message>
        <source>HOLD: {hold}</source>
        <translation>보류: {hold}</translation>
    </message>
    <message>
        <source>Proceeding despite the hold — investigator&apos;s reason: {reason}</source>
        <translation>보류에도 불구하고 진행 — 연구자 사유: {reason}</translation>
    </message>
    <message>
        <source>Targeted agent override — reason: {reason}</source>
        <translation>표적치료제 예외 적용 — 사유: {reason}</translation>
    </message>
    <message>
        <source>A signature no longer matches this order&apos;s content: do not give.</source>
        <translation>서명이 더 이상 이 처방 내용과 일치하지 않습니다: 투여하지 마십시오.</translation>
    </message>
    <message>
        <source>, capped at {cap} m² [site rule])</source>
        <translation>, 상한 {cap} m² [기관 규칙])</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>신장</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>체중</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>측정일</translation>
    </message>
    <message>
        <source>not calculated (no creatinine)</source>
        <translation>계산 안 됨 (크레아티닌 없음)</translation>
    </message>
    <message>
        <source>Measurements and pre-cycle labs</source>
        <translation>신체 계측 및 주기 전 검사 결과</translation>
    </message>
    <message>
        <source>(typed {text})</source>
        <translation>(입력값 {text})</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>기록 없음</translation>
    </message>
    <message>
        <source>(unit not recognised: check the source)</source>
        <translation>(단위를 인식할 수 없음: 원자료를 확인하십시오)</translation>
    </message>
    <message>
        <source>{value} — below the threshold</source>
        <translation>{value} — 기준치 미만</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>검사</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Threshold to treat</source>
        <translation>투여 기준</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>at least {limit} ×10⁹/L [site rule]</source>
        <translation>{limit} ×10⁹/L 이상 [기관 규칙]</translation>
    </message>
    <message>
        <source>for the creatinine clearance</source>
        <translation>크레아티닌 청소율 계산용</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{total}개 중 {n}번째</translation>
    </message>
    <message>
        <source>gate: override</source>
        <translation>게이트: 예외 승인</translation>
    </message>
    <message>
        <source>gate: catheter fit</source>
        <translation>게이트: 카테터 사용 가능</translation>
    </message>
    <message>
        <source>level {level}</source>
        <translation>단계 {level}</translation>
    </message>
    <message>
        <source>Not given: {reason}</source>
        <translation>투여 안 함: {reason}</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>투여 안 함</translation>
    </message>
    <message>
        <source>STOPPED</source>
        <translation>중단</translation>
    </message>
    <message>
        <source>{withheld}: {detail}. &lt;b&gt;Do not give&lt;/b&gt;; the systemic drugs go ahead.</source>
        <translation>{withheld}: {detail}. &lt;b&gt;투여하지 마십시오&lt;/b&gt;; 전신 약물은 예정대로 투여합니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dose reduced — reason:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;감량 — 사유:&lt;/b&gt; {reason}</translation>
    </message>
    <message>
        <source>1 dose</source>
        <translation>1회</translation>
    </message>
    <message>
        <source>{n} doses</source>
        <translation>{n}회</translation>
    </message>
    <message>
        <source>HAI withheld today: no dose on this sheet</source>
        <translation>오늘 HAI 보류: 이 처방서에 용량 없음</translation>
    </message>
    <message>
        <source>not given on this order</source>
        <translation>이 처방에서 투여 안 함</translation>
    </message>
    <message>
        <source>&lt;b&gt;grade {grade}&lt;/b&gt; (CTCAE), assessed {day}</source>
        <translation>&lt;b&gt;{grade}등급&lt;/b&gt; (CTCAE), 평가일 {day}</translation>
    </message>
    <message>
        <source>Before this cycle</source>
        <translation>이번 주기 전</translation>
    </message>
    <message>
        <source>With this dose</source>
        <translation>이번 투여 포함</translation>
    </message>
    <message>
        <source>Peripheral sensory neuropathy before this dose</source>
        <translation>이번 투여 전 말초 감각 신경병증</translation>
    </message>
    <message>
        <source>Cumulative oxaliplatin (HAI)</source>
        <translation>oxaliplatin 누적 용량 (HAI)</translation>
    </message>
    <message>
        <source>as needed</source>
        <translation>필요시</translation>
    </message>
    <message>
        <source>no reason recorded</source>
        <translation>사유 기록 없음</translation>
    </message>
    <message>
        <source>{not_given} — reason: {reason}</source>
        <translation>{not_given} — 사유: {reason}</translation>
    </message>
    <message>
        <source>Not given on this order</source>
        <translation>이 처방에서 투여 안 함</translation>
    </message>
    <message>
        <source>&lt;b&gt;Changed on this order&lt;/b&gt; — reason: {reason}</source>
        <translation>&lt;b&gt;이 처방에서 변경&lt;/b&gt; — 사유: {reason}</translation>
    </message>
    <message>
        <source>Drug · dose · route</source>
        <translation>약물 · 용량 · 경로</translation>
    </message>
    <message>
        <source>When</source>
        <translation>시점</translation>
    </message>
    <message>
        <source>Premedication and supportive care</source>
        <translation>전처치 및 보조요법</translation>
    </message>
    <message>
        <source>Not given (HAI withheld)</source>
        <translation>투여 안 함 (HAI 보류)</translation>
    </message>
    <message>
        <source>{percent} % of the ordered dose</source>
        <translation>처방 용량의 {percent} %</translation>
    </message>
    <message>
        <source>as ordered</source>
        <translation>처방대로</translation>
    </message>
    <message>
        <source>MORE than ordered</source>
        <translation>처방보다 많음</translation>
    </message>
    <message>
        <source>less than ordered</source>
        <translation>처방보다 적음</translation>
    </message>
    <message>
        <source>{running} — disconnection not yet recorded</source>
        <translation>{running} — 분리 아직 기록 안 됨</translation>
    </message>
    <message>
        <source>running</source>
        <translation>주입 중</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>처방</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>투여</translation>
    </message>
    <message>
        <source>Start – end (local time)</source>
        <translation>시작 – 종료 (현지 시각)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reason for the dose:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;용량 사유:&lt;/b&gt; {reason}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reason for the duration:&lt;/b&gt; {reason}</source>
        <translation>&lt;b&gt;주입 시간 사유:&lt;/b&gt; {reason}</translation>
    </message>
    <message>
        <source>Administration record — what was given</source>
        <translation>투여 기록 — 실제 투여 내용</translation>
    </message>
    <message>
        <source>MEDICATION ERROR</source>
        <translation>투약 오류</translation>
    </message>
    <message>
        <source>resolved {time} by {name}: {resolution}</source>
        <translation>{time} {name} 해결: {resolution}</translation>
    </message>
    <message>
        <source>open — for the investigator</source>
        <translation>미해결 — 연구자 확인 필요</translation>
    </message>
    <message>
        <source>{kind} — incident #{number}, reported {time}</source>
        <translation>{kind} — 사건 #{number}, 보고 {time}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Status:&lt;/b&gt; {state}</source>
        <translation>&lt;b&gt;상태:&lt;/b&gt; {state}</translation>
    </message>
    <message>
        <source>Independent double check {n}</source>
        <translation>독립적 이중 확인 {n}</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Printed name</source>
        <translation>성명</translation>
    </message>
    <message>
        <source>Signed (local time)</source>
        <translation>서명 (현지 시각)</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>서명</translation>
    </message>
    <message>
        <source>electronically signed</source>
        <translation>전자 서명됨</translation>
    </message>
    <message>
        <source>SIGNATURE NO LONGER MATCHES — do not give</source>
        <translation>서명 불일치 — 투여하지 마십시오</translation>
    </message>
    <message>
        <source>DRAFT — NOT FOR ADMINISTRATION</source>
        <translation>초안 — 투여용 아님</translation>
    </message>
    <message>
        <source>REPRINT — copy {copy}</source>
        <translation>재출력 — 사본 {copy}</translation>
    </message>
    <message>
        <source>Drugs, in order of administration (premedication first: see below)</source>
        <translation>투여 순서에 따른 약물 (전처치 먼저: 아래 참조)</translation>
    </message>
    <message>
        <source>Drugs, in order of administration</source>
        <translation>투여 순서에 따른 약물</translation>
    </message>
    <message>
        <source>Order #{number}</source>
        <translation>처방 #{number}</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>서명</translation>
    </message>
</context>
<context>
    <name>OrderSignDialog</name>
    <message>
        <source>Your password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Signature meaning: &lt;i&gt;“{meaning}”&lt;/i&gt;. It is bound to the order&apos;s content: a changed order no longer verifies.</source>
        <translation>서명의 의미: &lt;i&gt;“{meaning}”&lt;/i&gt;. 서명은 처방 내용에 결부되어, 처방이 바뀌면 더 이상 검증되지 않습니다.</translation>
    </message>
    <message>
        <source>Signature meaning: &lt;i&gt;“{meaning}”&lt;/i&gt;. It is bound to the table&apos;s content: a changed table no longer verifies.</source>
        <translation>서명의 의미: &lt;i&gt;“{meaning}”&lt;/i&gt;. 서명은 표의 내용에 결부되어, 표가 바뀌면 더 이상 검증되지 않습니다.</translation>
    </message>
    <message>
        <source>Signature meaning: &lt;i&gt;“{meaning}”&lt;/i&gt;. It is bound to the {what}&apos;s content: a changed {what} no longer verifies.</source>
        <translation>서명의 의미: &lt;i&gt;“{meaning}”&lt;/i&gt;. 서명은 {what}의 내용에 결부되어, {what}이(가) 바뀌면 더 이상 검증되지 않습니다.</translation>
    </message>
    <message>
        <source>Enter your password to sign.</source>
        <translation>서명하려면 비밀번호를 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>OrderStatus</name>
    <message>
        <source>draft</source>
        <translation>초안</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>서명됨</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>검증됨</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>출력됨</translation>
    </message>
    <message>
        <source>given</source>
        <translation>투여됨</translation>
    </message>
    <message>
        <source>administered</source>
        <translation>투여 확인됨</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>반려됨</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>무효 처리됨</translation>
    </message>
</context>
<context>
    <name>OrderStep</name>
    <message>
        <source>double-checked</source>
        <translation>이중 확인</translation>
    </message>
    <message>
        <source>given</source>
        <translation>투여</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>분리</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>서명</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>검증</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>반려</translation>
    </message>
    <message>
        <source>voided</source>
        <translation>무효 처리</translation>
    </message>
</context>
<context>
    <name>OrdersScreen</name>
    <message>
        <source>wild type</source>
        <translation>야생형</translation>
    </message>
    <message>
        <source>mutant</source>
        <translation>변이형</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>모름</translation>
    </message>
    <message>
        <source>Dosing &amp; Orders</source>
        <translation>용량 및 처방</translation>
    </message>
    <message>
        <source>Each cycle&apos;s order: signed by the investigator, verified by the pharmacist, printed, double-checked and given at the chair by two nurses.</source>
        <translation>주기별 처방: 연구자 서명, 약사 검증, 출력 후 두 간호사가 투여 전 이중 확인하고 투여합니다.</translation>
    </message>
    <message>
        <source>&amp;New order…</source>
        <translation>새 처방(&amp;N)…</translation>
    </message>
    <message>
        <source>Calculate and draft the next cycle&apos;s order</source>
        <translation>다음 주기 처방을 계산하고 초안을 작성합니다</translation>
    </message>
    <message>
        <source>RAS / BRAF…</source>
        <translation>RAS / BRAF…</translation>
    </message>
    <message>
        <source>The tumour&apos;s mutation status (decides whether cetuximab may be ordered)</source>
        <translation>종양 변이 상태 (cetuximab 처방 가능 여부를 결정)</translation>
    </message>
    <message>
        <source>Choose a patient first (Patients, or Ctrl+F).</source>
        <translation>먼저 환자를 선택하십시오 (환자 화면 또는 Ctrl+F).</translation>
    </message>
    <message>
        <source>Orders of &lt;b&gt;{id}&lt;/b&gt; · {name} · {arm} arm</source>
        <translation>처방 대상: &lt;b&gt;{id}&lt;/b&gt; · {name} · {arm}</translation>
    </message>
    <message>
        <source>Orders of &lt;b&gt;{id}&lt;/b&gt; · {name}</source>
        <translation>처방 대상: &lt;b&gt;{id}&lt;/b&gt; · {name}</translation>
    </message>
    <message>
        <source>No orders yet for this patient.</source>
        <translation>이 환자의 처방이 아직 없습니다.</translation>
    </message>
    <message>
        <source>Orders are written for randomized patients only.</source>
        <translation>처방은 무작위배정된 환자에게만 작성합니다.</translation>
    </message>
    <message>
        <source>Order #{new} replaces order #{old} (voided as superseded).</source>
        <translation>처방 #{new}이(가) 처방 #{old}을(를) 대체합니다 (기존 처방은 대체됨으로 무효 처리).</translation>
    </message>
    <message>
        <source>Mutation status saved: RAS {ras}, BRAF {braf}.</source>
        <translation>변이 상태 저장됨: RAS {ras}, BRAF {braf}.</translation>
    </message>
    <message>
        <source>Sign the order</source>
        <translation>처방 서명</translation>
    </message>
    <message>
        <source>Sign this order as the prescribing investigator. A signed order cannot change: a change is a new order that supersedes it.</source>
        <translation>처방하는 연구자로서 이 처방에 서명합니다. 서명된 처방은 변경할 수 없으며, 변경하려면 이를 대체하는 새 처방을 작성합니다.</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>서명</translation>
    </message>
    <message>
        <source>Verify the order</source>
        <translation>처방 검증</translation>
    </message>
    <message>
        <source>Verify the calculation, the dose levels and the pre-cycle labs against the protocol before this order is printed.</source>
        <translation>이 처방을 출력하기 전에 계산, 용량 단계, 주기 전 검사 결과를 프로토콜과 대조하여 검증하십시오.</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>검증</translation>
    </message>
    <message>
        <source>Reject the order</source>
        <translation>처방 반려</translation>
    </message>
    <message>
        <source>Send the order back to the investigator; say what must change.</source>
        <translation>처방을 연구자에게 반려합니다. 무엇을 바꿔야 하는지 적으십시오.</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>반려</translation>
    </message>
    <message>
        <source>Void the order</source>
        <translation>처방 무효 처리</translation>
    </message>
    <message>
        <source>A voided order is never given; it stays in the record with the reason.</source>
        <translation>무효 처리된 처방은 투여되지 않으며, 사유와 함께 기록에 남습니다.</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>무효 처리</translation>
    </message>
    <message>
        <source>Override the HAI gate</source>
        <translation>HAI 투여 조건 예외 승인</translation>
    </message>
    <message>
        <source>Let today&apos;s HAI line of this order go ahead without a valid catheter inspection. The override is printed on the sheet and kept in the audit trail.</source>
        <translation>유효한 카테터 점검 없이 이 처방의 오늘 HAI 투여를 진행하게 합니다. 예외 승인은 처방전에 인쇄되고 감사 추적에 보관됩니다.</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>예외 승인</translation>
    </message>
    <message>
        <source>Save the order sheet</source>
        <translation>처방전 저장</translation>
    </message>
    <message>
        <source>Order sheet saved to {path}.</source>
        <translation>처방전을 {path}에 저장했습니다.</translation>
    </message>
    <message>
        <source>Making the order sheet…</source>
        <translation>처방전을 만드는 중…</translation>
    </message>
    <message>
        <source>Print the order sheet</source>
        <translation>처방전 인쇄</translation>
    </message>
    <message>
        <source>Order sheet sent to the printer (1 page).</source>
        <translation>처방전을 프린터로 보냈습니다 (1쪽).</translation>
    </message>
    <message>
        <source>Order sheet sent to the printer ({n} pages).</source>
        <translation>처방전을 프린터로 보냈습니다 ({n}쪽).</translation>
    </message>
    <message>
        <source>Order #{id} — preview</source>
        <translation>처방 #{id} — 미리 보기</translation>
    </message>
    <message>
        <source>Making the preview…</source>
        <translation>미리 보기를 만드는 중…</translation>
    </message>
    <message>
        <source>Double check {done} of 2 signed. The order can be given.</source>
        <translation>이중 확인 2건 중 {done}건 서명됨. 이 처방을 투여할 수 있습니다.</translation>
    </message>
    <message>
        <source>Double check {done} of 2 signed. The second nurse checks on her own before anything is given.</source>
        <translation>이중 확인 2건 중 {done}건 서명됨. 투여 전에 두 번째 간호사가 독립적으로 확인합니다.</translation>
    </message>
    <message>
        <source>Administration recorded. A second nurse confirms it (Confirm administration…).</source>
        <translation>투여가 기록되었습니다. 두 번째 간호사가 확인합니다 (투여 확인…).</translation>
    </message>
    <message>
        <source>Pump disconnection recorded.</source>
        <translation>펌프 분리가 기록되었습니다.</translation>
    </message>
    <message>
        <source>Administration confirmed by the second nurse.</source>
        <translation>두 번째 간호사가 투여를 확인했습니다.</translation>
    </message>
    <message>
        <source>Incident #{id} resolved.</source>
        <translation>사건 #{id}이(가) 종결되었습니다.</translation>
    </message>
</context>
<context>
    <name>OrdinalRow</name>
    <message>
        <source>— {scale} not yet recorded</source>
        <translation>— {scale} 미기록</translation>
    </message>
</context>
<context>
    <name>Organ</name>
    <message>
        <source>liver</source>
        <translation>간</translation>
    </message>
    <message>
        <source>lymph node</source>
        <translation>림프절</translation>
    </message>
    <message>
        <source>lung</source>
        <translation>폐</translation>
    </message>
    <message>
        <source>peritoneum</source>
        <translation>복막</translation>
    </message>
    <message>
        <source>primary tumour (colon or rectum)</source>
        <translation>원발 종양 (결장 또는 직장)</translation>
    </message>
    <message>
        <source>other</source>
        <translation>기타</translation>
    </message>
</context>
<context>
    <name>PainLocation</name>
    <message>
        <source>epigastric</source>
        <translation>상복부</translation>
    </message>
    <message>
        <source>abdominal</source>
        <translation>복부</translation>
    </message>
    <message>
        <source>catheter or port site</source>
        <translation>카테터 또는 포트 부위</translation>
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
        <source>{none} — choose one on the Patients screen (Ctrl+2).</source>
        <translation>{none} — 환자 화면(Ctrl+2)에서 선택하십시오.</translation>
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
    <name>PatientPanel</name>
    <message>
        <source>&amp;Randomize…</source>
        <translation>무작위배정(&amp;R)…</translation>
    </message>
    <message>
        <source>Open the named envelope, record the arm on its card and sign with your password.</source>
        <translation>지정된 봉투를 열고 카드에 적힌 배정군을 기록한 후 비밀번호로 서명합니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;How it works.&lt;/b&gt; The program names the next unused envelope of the patient&apos;s stratum (ECOG performance status × prior adjuvant chemotherapy, from the confirmed screening). You open that envelope, choose the arm written on its card and sign. If the card disagrees with the list, nothing is allocated and an incident is raised for the investigator. Envelopes are used in order; spoiled ones are voided with a reason on the Envelopes tab.</source>
        <translation>&lt;b&gt;진행 방식.&lt;/b&gt; 프로그램이 환자가 속한 층(확정된 스크리닝의 ECOG 수행 상태 × 이전 보조 항암화학요법)의 다음 미사용 봉투를 지정합니다. 그 봉투를 열고 카드에 적힌 배정군을 선택한 후 서명합니다. 카드가 배정표와 다르면 아무것도 배정되지 않고 연구자에게 사건이 보고됩니다. 봉투는 순서대로 사용하며, 훼손된 봉투는 봉투 탭에서 사유와 함께 무효 처리합니다.</translation>
    </message>
    <message>
        <source>NO PATIENT SELECTED</source>
        <translation>선택된 환자 없음</translation>
    </message>
    <message>
        <source>NOT RANDOMIZED — INELIGIBLE</source>
        <translation>무작위배정 안 됨 — 부적격</translation>
    </message>
    <message>
        <source>NOT ELIGIBLE YET</source>
        <translation>아직 적격 아님</translation>
    </message>
    <message>
        <source>The confirmed screening found this patient ineligible: they are not randomized.</source>
        <translation>확정된 스크리닝에서 이 환자는 부적격으로 판정되었습니다. 무작위배정하지 않습니다.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>No screening record.</source>
        <translation>스크리닝 기록이 없습니다.</translation>
    </message>
    <message>
        <source>{when} by {name}</source>
        <translation>{when}, {name}</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>확정되지 않음</translation>
    </message>
    <message>
        <source>Choose a patient on the Patients screen (Ctrl+2).</source>
        <translation>환자 화면(Ctrl+2)에서 환자를 선택하십시오.</translation>
    </message>
    <message>
        <source>Randomization needs a confirmed &lt;b&gt;eligible&lt;/b&gt; screening. Complete and confirm the checklist on the Screening screen (Ctrl+3) first.</source>
        <translation>무작위배정에는 &lt;b&gt;적격&lt;/b&gt;으로 확정된 스크리닝이 필요합니다. 먼저 스크리닝 화면(Ctrl+3)에서 체크리스트를 완료하고 확정하십시오.</translation>
    </message>
    <message>
        <source>ELIGIBLE — WAITING FOR RANDOMIZATION</source>
        <translation>적격 — 무작위배정 대기</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Stratum</source>
        <translation>층</translation>
    </message>
    <message>
        <source>From the screening</source>
        <translation>스크리닝 기록</translation>
    </message>
    <message>
        <source>ECOG performance status {ecog}; prior adjuvant chemotherapy {adjuvant}</source>
        <translation>ECOG 수행 상태 {ecog}; 이전 보조 항암화학요법 {adjuvant}</translation>
    </message>
    <message>
        <source>Eligibility confirmed</source>
        <translation>적격성 확정</translation>
    </message>
    <message>
        <source>Next envelope: {number}</source>
        <translation>다음 봉투: {number}</translation>
    </message>
    <message>
        <source>You will open the envelope, record the arm on its card and sign with your password.</source>
        <translation>봉투를 열고 카드에 적힌 배정군을 기록한 후 비밀번호로 서명하게 됩니다.</translation>
    </message>
    <message>
        <source>A study coordinator or investigator randomizes this patient.</source>
        <translation>이 환자의 무작위배정은 연구 코디네이터 또는 연구자가 합니다.</translation>
    </message>
    <message>
        <source>RANDOMIZED</source>
        <translation>무작위배정됨</translation>
    </message>
    <message>
        <source>Study ID</source>
        <translation>연구 번호</translation>
    </message>
    <message>
        <source>Arm</source>
        <translation>배정군</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>봉투</translation>
    </message>
    <message>
        <source>&lt;b&gt;{number}&lt;/b&gt; · stratum {code} ({stratum})</source>
        <translation>&lt;b&gt;{number}&lt;/b&gt; · 층 {code} ({stratum})</translation>
    </message>
    <message>
        <source>Randomized</source>
        <translation>무작위배정</translation>
    </message>
    <message>
        <source>not in the list in force</source>
        <translation>현재 배정표에 없음</translation>
    </message>
</context>
<context>
    <name>PatientScreen</name>
    <message>
        <source>{what} of &lt;b&gt;{id}&lt;/b&gt; · {name} · {arm} arm · cycle {cycle}</source>
        <translation>&lt;b&gt;{id}&lt;/b&gt; · {name} · {arm} · {cycle}주기 — {what}</translation>
    </message>
    <message>
        <source>{what} of &lt;b&gt;{id}&lt;/b&gt; · {name} · {arm} arm</source>
        <translation>&lt;b&gt;{id}&lt;/b&gt; · {name} · {arm} — {what}</translation>
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
    <message>
        <source>{status} · died {date}</source>
        <translation>{status} · 사망 {date}</translation>
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
        <source>Loading the patient list…</source>
        <translation>환자 목록을 불러오는 중…</translation>
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
    <name>PdfPreview</name>
    <message>
        <source>The printer could not be opened.</source>
        <translation>프린터를 열 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>PlaceholderScreen</name>
    <message>
        <source>Coming in a later version</source>
        <translation>이후 버전에서 제공 예정</translation>
    </message>
    <message>
        <source>No patient selected: choose one on the Patients screen (Ctrl+2).</source>
        <translation>선택된 환자 없음: 환자 화면(Ctrl+2)에서 선택하십시오.</translation>
    </message>
    <message>
        <source>Current patient: {id} · {name} ({initials})</source>
        <translation>현재 환자: {id} · {name} ({initials})</translation>
    </message>
</context>
<context>
    <name>PreCycleLab</name>
    <message>
        <source>ANC</source>
        <translation>ANC</translation>
    </message>
    <message>
        <source>platelets</source>
        <translation>혈소판</translation>
    </message>
</context>
<context>
    <name>PriorAdjuvantRow</name>
    <message>
        <source>stratum</source>
        <translation>층</translation>
    </message>
    <message>
        <source>Prior adjuvant chemotherapy</source>
        <translation>이전 보조 항암화학요법</translation>
    </message>
    <message>
        <source>A stratification factor (with ECOG), not an eligibility criterion; needed before an eligible result is confirmed.</source>
        <translation>적격성 기준이 아닌 층화 요인(ECOG와 함께)입니다. 적격 결과를 확정하기 전에 필요합니다.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
</context>
<context>
    <name>ProgressionBasis</name>
    <message>
        <source>imaging, RECIST 1.1</source>
        <translation>영상, RECIST 1.1</translation>
    </message>
    <message>
        <source>imaging, not measured by RECIST</source>
        <translation>영상, RECIST로 측정하지 않음</translation>
    </message>
    <message>
        <source>clinical (no imaging)</source>
        <translation>임상적 (영상 없음)</translation>
    </message>
</context>
<context>
    <name>ProteinuriaRow</name>
    <message>
        <source>— dipstick not yet recorded</source>
        <translation>— 딥스틱 결과 미기록</translation>
    </message>
    <message>
        <source>24-h protein</source>
        <translation>24시간 단백뇨</translation>
    </message>
    <message>
        <source>urinalysis date</source>
        <translation>소변검사일</translation>
    </message>
</context>
<context>
    <name>PumpDisconnectionDialog</name>
    <message>
        <source>{number} · {drug} · {dose} mg · started {time}</source>
        <translation>{number} · {drug} · {dose} mg · 시작 {time}</translation>
    </message>
    <message>
        <source>{drug} · {dose} mg · started {time}</source>
        <translation>{drug} · {dose} mg · 시작 {time}</translation>
    </message>
    <message>
        <source>Pump disconnected — order #{id}</source>
        <translation>펌프 분리 — 처방 #{id}</translation>
    </message>
    <message>
        <source>Cycle {cycle} of {patient}: record when the pump was disconnected (site time). Signature meaning: &lt;i&gt;“pump disconnected”&lt;/i&gt;.</source>
        <translation>{patient}의 {cycle}주기: 펌프를 분리한 시각을 기록하십시오 (기관 시간). 서명의 의미: &lt;i&gt;“펌프 분리함”&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>Record and sign</source>
        <translation>기록 및 서명</translation>
    </message>
    <message>
        <source>e.g. pump alarm: occlusion, disconnected early</source>
        <translation>예: 펌프 경보(폐색)로 조기 분리</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Disconnected at</source>
        <translation>분리 시각</translation>
    </message>
    <message>
        <source>Reason for the time</source>
        <translation>시간 사유</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Ordered: {hours} h.</source>
        <translation>처방: {hours} h.</translation>
    </message>
    <message>
        <source>No pump is running on this order.</source>
        <translation>이 처방에는 작동 중인 펌프가 없습니다.</translation>
    </message>
    <message>
        <source>Enter your password to sign.</source>
        <translation>서명하려면 비밀번호를 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>QuantityField</name>
    <message>
        <source>{quantity}: a number in {unit}, or with its unit ({units}).</source>
        <translation>{quantity}: {unit} 단위의 숫자 또는 단위를 붙인 값 ({units}).</translation>
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
    <message>
        <source>&amp;Patient</source>
        <translation>환자(&amp;P)</translation>
    </message>
    <message>
        <source>Allocation &amp;list</source>
        <translation>배정표(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Envelopes</source>
        <translation>봉투(&amp;E)</translation>
    </message>
    <message>
        <source>I&amp;ncidents</source>
        <translation>사건(&amp;N)</translation>
    </message>
    <message>
        <source>Open incidents wait for the investigator.</source>
        <translation>미해결 사건은 연구자의 처리를 기다립니다.</translation>
    </message>
    <message>
        <source>I&amp;ncidents ({n} open)</source>
        <translation>사건(&amp;N) (미해결 {n}건)</translation>
    </message>
    <message>
        <source>⚠ 1 open incident</source>
        <translation>⚠ 미해결 사건 1건</translation>
    </message>
    <message>
        <source>⚠ {n} open incidents</source>
        <translation>⚠ 미해결 사건 {n}건</translation>
    </message>
    <message>
        <source>Allocation list imported: {n} envelopes, fingerprint {fingerprint}….</source>
        <translation>배정표를 가져왔습니다: 봉투 {n}개, 지문 {fingerprint}….</translation>
    </message>
    <message>
        <source>Allocation list generated: {n} envelopes, fingerprint {fingerprint}….</source>
        <translation>배정표를 생성했습니다: 봉투 {n}개, 지문 {fingerprint}….</translation>
    </message>
    <message>
        <source>{n} envelopes exported to {path}. The file unblinds the list: keep it away from anyone who randomizes.</source>
        <translation>봉투 {n}개를 {path}(으)로 내보냈습니다. 이 파일은 배정표를 공개하므로 무작위배정을 하는 사람이 볼 수 없도록 보관하십시오.</translation>
    </message>
    <message>
        <source>Save the envelope set as PDF</source>
        <translation>봉투 세트를 PDF로 저장</translation>
    </message>
    <message>
        <source>Making the envelope set…</source>
        <translation>봉투 세트를 만드는 중…</translation>
    </message>
    <message>
        <source>Envelope set ({n} unused envelopes: labels and cards) saved as {path}. Print it at 100 % (no scaling); the cards carry the allocation — seal them at once.</source>
        <translation>봉투 세트(미사용 봉투 {n}개: 라벨과 카드)를 {path}(으)로 저장했습니다. 100 %(배율 조정 없음)로 출력하십시오. 카드에 배정이 적혀 있으므로 즉시 봉인하십시오.</translation>
    </message>
    <message>
        <source>Envelope {number} voided: the next patient of stratum {code} gets the envelope after it.</source>
        <translation>봉투 {number}을(를) 무효 처리했습니다: 층 {code}의 다음 환자는 그다음 봉투를 받습니다.</translation>
    </message>
    <message>
        <source>Incident #{id} resolved.</source>
        <translation>사건 #{id}을(를) 해결했습니다.</translation>
    </message>
</context>
<context>
    <name>RandomizeDialog</name>
    <message>
        <source>I opened this envelope and recorded the arm written on its card</source>
        <translation>본인은 이 봉투를 열고 카드에 적힌 배정군을 기록했습니다</translation>
    </message>
    <message>
        <source>Patient &lt;b&gt;{number}&lt;/b&gt; · {name} ({initials})</source>
        <translation>환자 &lt;b&gt;{number}&lt;/b&gt; · {name} ({initials})</translation>
    </message>
    <message>
        <source>Randomize {number}</source>
        <translation>{number} 무작위배정</translation>
    </message>
    <message>
        <source>STEP 1 OF 2 — OPEN THE ENVELOPE</source>
        <translation>1/2단계 — 봉투 열기</translation>
    </message>
    <message>
        <source>Open envelope {number}</source>
        <translation>봉투 {number} 열기</translation>
    </message>
    <message>
        <source>Stratum {code}: &lt;b&gt;{stratum}&lt;/b&gt;</source>
        <translation>층 {code}: &lt;b&gt;{stratum}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before opening&lt;/b&gt;, check that the label on the envelope reads &lt;b&gt;{number}&lt;/b&gt; and &lt;b&gt;{stratum}&lt;/b&gt;. If it does not, stop: do not open another envelope, and tell the investigator.&lt;br&gt;Envelopes are used strictly in order; a spoiled envelope is voided, never replaced by the next one silently.</source>
        <translation>&lt;b&gt;열기 전에&lt;/b&gt; 봉투 라벨에 &lt;b&gt;{number}&lt;/b&gt;와(과) &lt;b&gt;{stratum}&lt;/b&gt;이(가) 적혀 있는지 확인하십시오. 그렇지 않으면 중단하고, 다른 봉투를 열지 말고 연구자에게 알리십시오.&lt;br&gt;봉투는 반드시 순서대로 사용합니다. 훼손된 봉투는 무효 처리하며, 알리지 않고 다음 봉투로 대체하지 않습니다.</translation>
    </message>
    <message>
        <source>I opened envelope {number}  →</source>
        <translation>봉투 {number}을(를) 열었습니다  →</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>STEP 2 OF 2 — RECORD THE CARD AND SIGN</source>
        <translation>2/2단계 — 카드 기록 및 서명</translation>
    </message>
    <message>
        <source>I opened envelope {number}</source>
        <translation>봉투 {number}을(를) 열었습니다</translation>
    </message>
    <message>
        <source>The number printed on the envelope you opened.</source>
        <translation>개봉한 봉투에 인쇄된 번호입니다.</translation>
    </message>
    <message>
        <source>Envelope number on the label</source>
        <translation>라벨의 봉투 번호</translation>
    </message>
    <message>
        <source>&lt;b&gt;Which arm is written on the card?&lt;/b&gt;</source>
        <translation>&lt;b&gt;카드에 어떤 배정군이 적혀 있습니까?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Signature meaning: &lt;i&gt;“{meaning}”&lt;/i&gt;. The program checks the card against its list; if they disagree nothing is allocated and the investigator is told.</source>
        <translation>서명의 의미: &lt;i&gt;“{meaning}”&lt;/i&gt;. 프로그램이 카드를 배정표와 대조하며, 서로 다르면 아무것도 배정되지 않고 연구자에게 알립니다.</translation>
    </message>
    <message>
        <source>←  Back</source>
        <translation>←  뒤로</translation>
    </message>
    <message>
        <source>Randomize</source>
        <translation>무작위배정</translation>
    </message>
    <message>
        <source>RANDOMIZED</source>
        <translation>무작위배정됨</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Type the number on the envelope you opened.</source>
        <translation>개봉한 봉투의 번호를 입력하십시오.</translation>
    </message>
    <message>
        <source>Choose the arm written on the card.</source>
        <translation>카드에 적힌 배정군을 선택하십시오.</translation>
    </message>
    <message>
        <source>Enter your password to sign the randomization.</source>
        <translation>무작위배정에 서명하려면 비밀번호를 입력하십시오.</translation>
    </message>
    <message>
        <source>{patient}&lt;br&gt;Envelope &lt;b&gt;{number}&lt;/b&gt; · stratum {code} ({stratum})&lt;br&gt;Randomized {when} UTC by {name}</source>
        <translation>{patient}&lt;br&gt;봉투 &lt;b&gt;{number}&lt;/b&gt; · 층 {code} ({stratum})&lt;br&gt;무작위배정 {when} UTC, {name}</translation>
    </message>
    <message>
        <source>Write &lt;b&gt;{study_id}&lt;/b&gt;, today&apos;s date and your signature on the card, and file it with the opened envelope in the patient&apos;s trial folder.</source>
        <translation>카드에 &lt;b&gt;{study_id}&lt;/b&gt;, 오늘 날짜와 서명을 적고, 개봉한 봉투와 함께 환자의 임상시험 파일에 보관하십시오.</translation>
    </message>
    <message>
        <source>{number} randomized as {study_id}</source>
        <translation>{number}, {study_id}(으)로 무작위배정됨</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>kept in the audit trail</source>
        <translation>감사 추적에 보관됩니다</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Print this code or write it down now and keep it locked away (e.g. in the department safe). It is shown only this once. It restores an administrator&apos;s access if every administrator password is lost; the previous code no longer works.</source>
        <translation>지금 이 코드를 출력하거나 적어서 잠긴 곳(예: 부서 금고)에 보관하십시오. 이 코드는 이번 한 번만 표시됩니다. 모든 관리자 비밀번호를 잃어버렸을 때 관리자 접근 권한을 되살립니다. 이전 코드는 더 이상 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>New recovery code</source>
        <translation>새 복구 코드</translation>
    </message>
    <message>
        <source>I have stored the code</source>
        <translation>코드를 보관했습니다</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>복구 코드</translation>
    </message>
</context>
<context>
    <name>Reduction</name>
    <message>
        <source>continue at the same level (give the reason)</source>
        <translation>같은 단계로 계속 (사유 입력)</translation>
    </message>
    <message>
        <source>stopped earlier</source>
        <translation>이전에 중단됨</translation>
    </message>
    <message>
        <source>a stopped drug is not given again</source>
        <translation>중단된 약물은 다시 투여하지 않습니다</translation>
    </message>
    <message>
        <source>unchanged · level {level} · {dose} mg/{per}</source>
        <translation>변경 없음 · 단계 {level} · {dose} mg/{per}</translation>
    </message>
    <message>
        <source>reduce to level {level} · {dose} mg/{per}</source>
        <translation>단계 {level}(으)로 감량 · {dose} mg/{per}</translation>
    </message>
    <message>
        <source>stop this drug</source>
        <translation>이 약물 중단</translation>
    </message>
    <message>
        <source>⚠ {what}: dose decision due</source>
        <translation>⚠ {what}: 용량 결정 필요</translation>
    </message>
    <message>
        <source>why continue at the same level (e.g. resolved)</source>
        <translation>같은 단계로 계속하는 이유 (예: 회복됨)</translation>
    </message>
    <message>
        <source>reason for stopping (e.g. the toxicity)</source>
        <translation>중단 사유 (예: 해당 독성)</translation>
    </message>
    <message>
        <source>reason for the reduction (e.g. the toxicity)</source>
        <translation>감량 사유 (예: 해당 독성)</translation>
    </message>
</context>
<context>
    <name>RegisterCandidateDialog</name>
    <message>
        <source>Register candidate</source>
        <translation>후보자 등록</translation>
    </message>
    <message>
        <source>A new candidate for screening gets the next screening number. The study ID is given later, at randomization. A name in Hangul also needs its Latin-letter form (as on the passport): the initials come from it. Names and the record number stay on this workstation; exports use the screening number and initials.</source>
        <translation>새 스크리닝 후보자에게는 다음 스크리닝 번호가 부여됩니다. 연구 번호는 나중에 무작위배정 때 부여됩니다. 한글 이름은 로마자 표기(여권과 같게)도 필요하며, 이니셜은 로마자 표기에서 만듭니다. 이름과 병원 등록번호는 이 워크스테이션에만 남고, 내보내기에는 스크리닝 번호와 이니셜이 사용됩니다.</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>등록</translation>
    </message>
    <message>
        <source>as on the chart, e.g. 김</source>
        <translation>차트와 같게, 예: 김</translation>
    </message>
    <message>
        <source>e.g. 지원</source>
        <translation>예: 지원</translation>
    </message>
    <message>
        <source>as on the passport, e.g. KIM</source>
        <translation>여권과 같게, 예: KIM</translation>
    </message>
    <message>
        <source>e.g. Ji-won</source>
        <translation>예: Ji-won</translation>
    </message>
    <message>
        <source>from the Latin-letter name</source>
        <translation>로마자 이름에서 생성</translation>
    </message>
    <message>
        <source>as on the hospital chart</source>
        <translation>병원 차트와 같게</translation>
    </message>
    <message>
        <source>— choose</source>
        <translation>— 선택</translation>
    </message>
    <message>
        <source>F — female</source>
        <translation>F — 여성</translation>
    </message>
    <message>
        <source>M — male</source>
        <translation>M — 남성</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>성</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Family name in Latin letters</source>
        <translation>성 (로마자)</translation>
    </message>
    <message>
        <source>Given name in Latin letters</source>
        <translation>이름 (로마자)</translation>
    </message>
    <message>
        <source>Initials (optional)</source>
        <translation>이니셜 (선택)</translation>
    </message>
    <message>
        <source>Hospital record number</source>
        <translation>병원 등록번호</translation>
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
        <source>Consent signed on</source>
        <translation>동의서 서명일</translation>
    </message>
    <message>
        <source>{initials} (from the Latin-letter name)</source>
        <translation>{initials} (로마자 이름에서 생성)</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>{title} · printed {time} by {name}</source>
        <translation>{title} · {time} {name} 출력</translation>
    </message>
    <message>
        <source>TRAINING — not for clinical use</source>
        <translation>교육용 — 임상 사용 불가</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>{page} / {pages} 쪽</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>환자</translation>
    </message>
    <message>
        <source>Study ID</source>
        <translation>연구 번호</translation>
    </message>
    <message>
        <source>not randomized ({number})</source>
        <translation>무작위배정 전 ({number})</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>이니셜</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>생년월일</translation>
    </message>
    <message>
        <source>Arm</source>
        <translation>배정군</translation>
    </message>
</context>
<context>
    <name>ResectionOutcome</name>
    <message>
        <source>Yes — liver metastases resected</source>
        <translation>예 — 간 전이 절제함</translation>
    </message>
    <message>
        <source>No — will not be resected</source>
        <translation>아니요 — 절제하지 않을 예정</translation>
    </message>
    <message>
        <source>Not yet — still being treated or assessed</source>
        <translation>아직 — 치료 또는 평가 중</translation>
    </message>
    <message>
        <source>R0 — no residual tumour</source>
        <translation>R0 — 잔존 종양 없음</translation>
    </message>
    <message>
        <source>R1 — microscopic residual tumour</source>
        <translation>R1 — 현미경적 잔존 종양</translation>
    </message>
    <message>
        <source>R2 — macroscopic residual tumour</source>
        <translation>R2 — 육안적 잔존 종양</translation>
    </message>
</context>
<context>
    <name>ResectionOutcomeDialog</name>
    <message>
        <source>&lt;b&gt;{id}&lt;/b&gt; · {name} · {arm} arm, randomized {date}.&lt;br&gt;Primary endpoint: conversion to liver resection. Record the resection and its margin from the operation and pathology reports.</source>
        <translation>&lt;b&gt;{id}&lt;/b&gt; · {name} · {arm}, {date} 무작위배정.&lt;br&gt;일차 평가변수: 간절제 전환. 수술 기록과 병리 보고서를 보고 절제 여부와 절제연을 기록하십시오.</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;br&gt;Recorded by {recorder} on {recorded}, last corrected by {corrector} on {corrected}. A change is a correction: give the reason.</source>
        <translation>&lt;br&gt;&lt;br&gt;기록: {recorder} ({recorded}), 최종 수정: {corrector} ({corrected}). 변경하면 수정으로 처리되므로 사유를 입력하십시오.</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;br&gt;Recorded by {recorder} on {recorded}. A change is a correction: give the reason.</source>
        <translation>&lt;br&gt;&lt;br&gt;기록: {recorder} ({recorded}). 변경하면 수정으로 처리되므로 사유를 입력하십시오.</translation>
    </message>
    <message>
        <source>Correct the outcome</source>
        <translation>결과 수정</translation>
    </message>
    <message>
        <source>Record the outcome</source>
        <translation>결과 기록</translation>
    </message>
    <message>
        <source>Save correction</source>
        <translation>수정 저장</translation>
    </message>
    <message>
        <source>Save outcome</source>
        <translation>결과 저장</translation>
    </message>
    <message>
        <source>optional, e.g. the operation (no names)</source>
        <translation>선택 사항, 예: 수술명 (이름 제외)</translation>
    </message>
    <message>
        <source>why it changes (kept in the audit trail)</source>
        <translation>변경 사유 (감사 추적에 보관됨)</translation>
    </message>
    <message>
        <source>Liver resection</source>
        <translation>간절제</translation>
    </message>
    <message>
        <source>Date of surgery</source>
        <translation>수술일</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>절제연</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Reason for correction</source>
        <translation>수정 사유</translation>
    </message>
    <message>
        <source>Not a date.</source>
        <translation>날짜가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset password of {username}</source>
        <translation>{username}의 비밀번호 재설정</translation>
    </message>
    <message>
        <source>Set a temporary password for {username}. They must choose their own at the next sign-in. The reason is kept in the audit trail.</source>
        <translation>{username}의 임시 비밀번호를 설정합니다. 이 사용자는 다음 로그인 때 자신의 비밀번호를 정해야 합니다. 사유는 감사 추적에 기록됩니다.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>비밀번호 재설정</translation>
    </message>
    <message>
        <source>at least {n} characters</source>
        <translation>{n}자 이상</translation>
    </message>
    <message>
        <source>e.g. forgotten password, identity checked in person</source>
        <translation>예: 비밀번호 분실, 대면으로 본인 확인함</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>임시 비밀번호</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>비밀번호 다시 입력</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>두 비밀번호가 다릅니다. 같은 비밀번호를 두 번 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>ResolveIncidentDialog</name>
    <message>
        <source>Describe what was found and what was done (e.g. the patient reviewed, no harm; the pharmacy&apos;s labelling corrected).</source>
        <translation>확인된 내용과 조치한 내용을 기술하십시오 (예: 환자 상태 검토, 위해 없음; 약제부 라벨 수정).</translation>
    </message>
    <message>
        <source>Describe what was found and what was done (e.g. the card was re-read with the coordinator; envelope voided; the patient may be randomized with the next envelope).</source>
        <translation>확인된 내용과 조치한 내용을 기술하십시오 (예: 연구 코디네이터와 카드를 다시 확인함; 봉투 무효 처리; 다음 봉투로 환자 무작위배정 가능).</translation>
    </message>
    <message>
        <source>Resolve incident #{id}</source>
        <translation>사건 #{id} 해결</translation>
    </message>
    <message>
        <source>&lt;b&gt;Incident #{id}&lt;/b&gt; — {kind}, raised by {by} on {time}&lt;br&gt;&lt;br&gt;{summary}&lt;br&gt;&lt;br&gt;{what_to_say} The resolution is recorded with your name in the audit trail.</source>
        <translation>&lt;b&gt;사건 #{id}&lt;/b&gt; — {kind}, 보고: {by}, {time}&lt;br&gt;&lt;br&gt;{summary}&lt;br&gt;&lt;br&gt;{what_to_say} 해결 내용은 본인의 이름으로 감사 추적에 기록됩니다.</translation>
    </message>
    <message>
        <source>Resolve incident</source>
        <translation>사건 해결</translation>
    </message>
    <message>
        <source>What was found, and what was done</source>
        <translation>확인된 내용과 조치한 내용</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>해결 내용</translation>
    </message>
</context>
<context>
    <name>Response</name>
    <message>
        <source>CR</source>
        <translation>CR</translation>
    </message>
    <message>
        <source>PR</source>
        <translation>PR</translation>
    </message>
    <message>
        <source>SD</source>
        <translation>SD</translation>
    </message>
    <message>
        <source>Non-CR/non-PD</source>
        <translation>Non-CR/non-PD</translation>
    </message>
    <message>
        <source>PD</source>
        <translation>PD</translation>
    </message>
    <message>
        <source>NE</source>
        <translation>NE</translation>
    </message>
</context>
<context>
    <name>ResponseScreen</name>
    <message>
        <source>Response &amp; follow-up</source>
        <translation>반응 및 추적 관찰</translation>
    </message>
    <message>
        <source>Tumour response by RECIST 1.1 every 8 weeks, follow-up every 6 months for 4 years, the end of treatment, and survival so far.</source>
        <translation>8주마다 RECIST 1.1 종양 반응, 4년 동안 6개월마다 추적 관찰, 치료 종료, 현재까지의 생존.</translation>
    </message>
    <message>
        <source>&amp;Baseline…</source>
        <translation>기저 평가(&amp;B)…</translation>
    </message>
    <message>
        <source>Record the baseline lesions (RECIST 1.1)</source>
        <translation>기저 병변 기록 (RECIST 1.1)</translation>
    </message>
    <message>
        <source>&amp;Contact…</source>
        <translation>연락(&amp;C)…</translation>
    </message>
    <message>
        <source>Record a follow-up contact</source>
        <translation>추적 관찰 연락 기록</translation>
    </message>
    <message>
        <source>&amp;End of treatment…</source>
        <translation>치료 종료(&amp;E)…</translation>
    </message>
    <message>
        <source>Record or correct the end of treatment (investigator)</source>
        <translation>치료 종료 기록 또는 수정 (연구자)</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>새 평가(&amp;N)…</translation>
    </message>
    <message>
        <source>Record a CT/MRI tumour assessment (Ctrl+N)</source>
        <translation>CT/MRI 종양 평가 기록 (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>무효화(&amp;V)…</translation>
    </message>
    <message>
        <source>Void the selected assessment (investigator)</source>
        <translation>선택한 평가 무효화 (연구자)</translation>
    </message>
    <message>
        <source>Each lesion at each scan, in mm (a node&apos;s short axis); non-target lesions by their status.</source>
        <translation>검사별 각 병변의 크기(mm, 림프절은 단축), 비표적 병변은 상태로 표시.</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>평가</translation>
    </message>
    <message>
        <source>Assessments every 8 weeks from randomization until treatment ends; follow-up every 6 months for 4 years. Windows are site rules. Out of window is a protocol deviation.</source>
        <translation>무작위 배정부터 치료 종료까지 8주마다 평가, 4년 동안 6개월마다 추적 관찰. 허용 기간은 기관 규칙이며, 기간을 벗어나면 프로토콜 위반입니다.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>일정</translation>
    </message>
    <message>
        <source>Void contact…</source>
        <translation>연락 무효화…</translation>
    </message>
    <message>
        <source>Void the selected contact, recorded in error</source>
        <translation>잘못 기록된 선택한 연락 무효화</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>추적 관찰</translation>
    </message>
    <message>
        <source>Choose a patient first (Patients, or Ctrl+F).</source>
        <translation>먼저 환자를 선택하십시오 (환자 화면 또는 Ctrl+F).</translation>
    </message>
    <message>
        <source>is not randomized: response and follow-up are recorded for patients on study.</source>
        <translation>은(는) 무작위 배정되지 않았습니다: 반응과 추적 관찰은 연구 참여 환자에게 기록합니다.</translation>
    </message>
    <message>
        <source>Recorded as dead on {date}: only what happened before can be entered.</source>
        <translation>{date}에 사망으로 기록됨: 그 이전에 있었던 일만 입력할 수 있습니다.</translation>
    </message>
    <message>
        <source>not yet assessed</source>
        <translation>아직 평가 없음</translation>
    </message>
    <message>
        <source>no baseline recorded</source>
        <translation>기저 평가 미기록</translation>
    </message>
    <message>
        <source>Best overall response: &lt;b&gt;{best}&lt;/b&gt;</source>
        <translation>최우수 전체 반응: &lt;b&gt;{best}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>progression {date}</source>
        <translation>진행 {date}</translation>
    </message>
    <message>
        <source>PFS {months:.1f} months ({state})</source>
        <translation>PFS {months:.1f}개월 ({state})</translation>
    </message>
    <message>
        <source>event</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>censored</source>
        <translation>중도절단</translation>
    </message>
    <message>
        <source>OS {months:.1f} months ({state})</source>
        <translation>OS {months:.1f}개월 ({state})</translation>
    </message>
    <message>
        <source>died</source>
        <translation>사망</translation>
    </message>
    <message>
        <source>status: {status}</source>
        <translation>상태: {status}</translation>
    </message>
    <message>
        <source>CEA {first:g} → {last:g} ng/mL</source>
        <translation>CEA {first:g} → {last:g} ng/mL</translation>
    </message>
    <message>
        <source>⚠ {visit} overdue (expected {date}).</source>
        <translation>⚠ {visit} 기한 지남 (예정일 {date}).</translation>
    </message>
    <message>
        <source>{visit} due now (window until {date}).</source>
        <translation>{visit} 지금 예정 (허용 기간 {date}까지).</translation>
    </message>
    <message>
        <source>⚠ Progression on {date} and treatment is not recorded as ended: the investigator decides (End of treatment).</source>
        <translation>⚠ {date}에 진행했으나 치료 종료가 기록되지 않았습니다: 연구자가 결정합니다 (치료 종료).</translation>
    </message>
    <message>
        <source>Treatment is ongoing (no end of treatment recorded).</source>
        <translation>치료 진행 중 (치료 종료 기록 없음).</translation>
    </message>
    <message>
        <source>&lt;b&gt;{scope}&lt;/b&gt; ended {date}: {reason}{detail}</source>
        <translation>&lt;b&gt;{scope}&lt;/b&gt; {date} 종료: {reason}{detail}</translation>
    </message>
    <message>
        <source>Baseline saved: {count} lesions.</source>
        <translation>기저 평가 저장: 병변 {count}개.</translation>
    </message>
    <message>
        <source>Assessment saved: {response}.</source>
        <translation>평가 저장: {response}.</translation>
    </message>
    <message>
        <source>Follow-up contact saved.</source>
        <translation>추적 관찰 연락을 저장했습니다.</translation>
    </message>
    <message>
        <source>End of treatment saved.</source>
        <translation>치료 종료를 저장했습니다.</translation>
    </message>
    <message>
        <source>Select the assessment to void.</source>
        <translation>무효화할 평가를 선택하십시오.</translation>
    </message>
    <message>
        <source>Void the assessment</source>
        <translation>평가 무효화</translation>
    </message>
    <message>
        <source>Void the {method} of {date}. The responses are computed again without it; it stays in the record with the reason.</source>
        <translation>{date} {method}을(를) 무효화합니다. 반응은 이 평가 없이 다시 계산되며, 평가는 사유와 함께 기록에 남습니다.</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>무효화</translation>
    </message>
    <message>
        <source>Assessment of {date} voided.</source>
        <translation>{date} 평가를 무효화했습니다.</translation>
    </message>
    <message>
        <source>Select the contact to void.</source>
        <translation>무효화할 연락을 선택하십시오.</translation>
    </message>
    <message>
        <source>Void the contact</source>
        <translation>연락 무효화</translation>
    </message>
    <message>
        <source>Void the contact of {date}. It stays in the record with the reason.</source>
        <translation>{date} 연락을 무효화합니다. 연락은 사유와 함께 기록에 남습니다.</translation>
    </message>
    <message>
        <source>Contact of {date} voided.</source>
        <translation>{date} 연락을 무효화했습니다.</translation>
    </message>
</context>
<context>
    <name>ResultBanner</name>
    <message>
        <source>All {total} criteria checked by the program: every inclusion criterion is met and no exclusion criterion applies.</source>
        <translation>프로그램이 {total}개 기준을 모두 확인했습니다: 모든 선정 기준을 충족하고 해당되는 제외 기준이 없습니다.</translation>
    </message>
    <message>
        <source>1 criterion not met:</source>
        <translation>충족되지 않은 기준 1개:</translation>
    </message>
    <message>
        <source>{n} criteria not met:</source>
        <translation>충족되지 않은 기준 {n}개:</translation>
    </message>
    <message>
        <source>{answered} of {total} criteria answered; {n} still missing:</source>
        <translation>{total}개 기준 중 {answered}개 응답; {n}개 남음:</translation>
    </message>
    <message>
        <source>&lt;i&gt;… and {n} more (marked ? below)&lt;/i&gt;</source>
        <translation>&lt;i&gt;… 외 {n}개 (아래에 ?로 표시)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Show fewer</source>
        <translation>간단히 보기</translation>
    </message>
    <message>
        <source>Show all {n}</source>
        <translation>{n}개 모두 보기</translation>
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
    <name>Route</name>
    <message>
        <source>intravenous infusion</source>
        <translation>정맥 주입</translation>
    </message>
    <message>
        <source>intravenous bolus</source>
        <translation>정맥 일시 주사</translation>
    </message>
    <message>
        <source>continuous intravenous infusion</source>
        <translation>지속 정맥 주입</translation>
    </message>
    <message>
        <source>hepatic intra-arterial infusion</source>
        <translation>간동맥 내 주입</translation>
    </message>
</context>
<context>
    <name>SavePdf</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 파일 (*.pdf)</translation>
    </message>
    <message>
        <source>The file {path} could not be written: {problem}.</source>
        <translation>파일 {path}을(를) 쓸 수 없습니다: {problem}.</translation>
    </message>
    <message>
        <source>Choose another folder, or check that this one is writable and has space.</source>
        <translation>다른 폴더를 선택하거나, 이 폴더에 쓰기 권한과 여유 공간이 있는지 확인하십시오.</translation>
    </message>
</context>
<context>
    <name>SavingDialog</name>
    <message>
        <source>Saving…</source>
        <translation>저장 중…</translation>
    </message>
</context>
<context>
    <name>ScanField</name>
    <message>
        <source>scan the code, or type it and press Enter</source>
        <translation>코드를 스캔하거나, 입력한 후 Enter 키를 누르십시오</translation>
    </message>
</context>
<context>
    <name>ScreeningLog</name>
    <message>
        <source>Eligible</source>
        <translation>적격</translation>
    </message>
    <message>
        <source>Ineligible</source>
        <translation>부적격</translation>
    </message>
    <message>
        <source>Not yet determined</source>
        <translation>아직 판정되지 않음</translation>
    </message>
    <message>
        <source>Screened (registered candidates)</source>
        <translation>스크리닝 대상 (등록된 후보자)</translation>
    </message>
    <message>
        <source>Screening not yet complete</source>
        <translation>스크리닝 미완료</translation>
    </message>
    <message>
        <source>Ineligible (confirmed)</source>
        <translation>부적격 (확정)</translation>
    </message>
    <message>
        <source>Eligible (confirmed)</source>
        <translation>적격 (확정)</translation>
    </message>
    <message>
        <source>Randomized</source>
        <translation>무작위배정됨</translation>
    </message>
    <message>
        <source>Eligible, awaiting randomization</source>
        <translation>적격, 무작위배정 대기 중</translation>
    </message>
    <message>
        <source>Screening no.</source>
        <translation>스크리닝 번호</translation>
    </message>
    <message>
        <source>Study ID</source>
        <translation>연구 번호</translation>
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
        <source>Consent</source>
        <translation>동의서</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>적격성</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>평가일</translation>
    </message>
    <message>
        <source>Reasons for ineligibility</source>
        <translation>부적격 사유</translation>
    </message>
    <message>
        <source>{result} (not confirmed)</source>
        <translation>{result} (미확정)</translation>
    </message>
    <message>
        <source>Screening log</source>
        <translation>스크리닝 기록</translation>
    </message>
    <message>
        <source>Screening log — TRAINING</source>
        <translation>스크리닝 기록 — 교육용</translation>
    </message>
    <message>
        <source>Every registered candidate with the eligibility result and the reasons for ineligibility (protocol Table 1). Pseudonymised: screening number and initials only.</source>
        <translation>등록된 모든 후보자의 적격성 판정 결과와 부적격 사유 (프로토콜 표 1). 가명 처리: 스크리닝 번호와 이니셜만 포함합니다.</translation>
    </message>
    <message>
        <source>CONSORT counts</source>
        <translation>CONSORT 집계</translation>
    </message>
    <message>
        <source>A candidate failing several criteria is counted under each.</source>
        <translation>여러 기준을 충족하지 못한 후보자는 각 기준에 모두 집계됩니다.</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>후보자</translation>
    </message>
    <message>
        <source>No candidates registered yet.</source>
        <translation>아직 등록된 후보자가 없습니다.</translation>
    </message>
</context>
<context>
    <name>ScreeningLogModel</name>
    <message>
        <source>Screening no.</source>
        <translation>스크리닝 번호</translation>
    </message>
    <message>
        <source>Study ID</source>
        <translation>연구 번호</translation>
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
        <source>Consent</source>
        <translation>동의서</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>적격성</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>평가일</translation>
    </message>
    <message>
        <source>Reasons for ineligibility</source>
        <translation>부적격 사유</translation>
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
        <source>Not yet determined</source>
        <translation>아직 판정되지 않음</translation>
    </message>
    <message>
        <source>Not confirmed (eligible so far)</source>
        <translation>미확정 (현재까지 적격)</translation>
    </message>
    <message>
        <source>Not confirmed (ineligible so far)</source>
        <translation>미확정 (현재까지 부적격)</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>미확정</translation>
    </message>
</context>
<context>
    <name>ScreeningLogPanel</name>
    <message>
        <source>CONSORT counts. A patient failing two criteria counts under both reasons.</source>
        <translation>CONSORT 집계. 두 가지 기준을 충족하지 못한 환자는 두 사유 모두에 집계됩니다.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV 내보내기…</translation>
    </message>
    <message>
        <source>Pseudonymised: screening number and initials, no names or record numbers.</source>
        <translation>가명 처리: 스크리닝 번호와 이니셜만 포함하며 이름과 등록번호는 없습니다.</translation>
    </message>
    <message>
        <source>Print / save PDF…</source>
        <translation>인쇄 / PDF로 저장…</translation>
    </message>
    <message>
        <source>Double-click a row to open that patient&apos;s checklist; hover the reasons for the program&apos;s detail.</source>
        <translation>행을 두 번 클릭하면 해당 환자의 체크리스트가 열립니다. 사유에 마우스를 올리면 프로그램의 세부 내용이 표시됩니다.</translation>
    </message>
    <message>
        <source>1 candidate</source>
        <translation>후보자 1명</translation>
    </message>
    <message>
        <source>{n} candidates</source>
        <translation>후보자 {n}명</translation>
    </message>
    <message>
        <source>Export screening log</source>
        <translation>스크리닝 기록 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>{n} rows exported to {path}.</source>
        <translation>{n}행을 {path}(으)로 내보냈습니다.</translation>
    </message>
    <message>
        <source>Save screening log as PDF</source>
        <translation>스크리닝 기록을 PDF로 저장</translation>
    </message>
    <message>
        <source>Making the screening log…</source>
        <translation>스크리닝 기록을 만드는 중…</translation>
    </message>
    <message>
        <source>Screening log saved as {path}; print it from your PDF viewer.</source>
        <translation>스크리닝 기록을 {path}(으)로 저장했습니다. PDF 뷰어에서 인쇄하십시오.</translation>
    </message>
</context>
<context>
    <name>ScreeningScreen</name>
    <message>
        <source>⚠ This confirmed checklist no longer matches its signature: the stored answers or rules changed after it was signed. Do not rely on it; tell the investigator.</source>
        <translation>⚠ 이 확정된 체크리스트가 서명과 더 이상 일치하지 않습니다: 서명 후 저장된 응답이나 규칙이 변경되었습니다. 이 결과에 의존하지 말고 연구자에게 알리십시오.</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>스크리닝</translation>
    </message>
    <message>
        <source>Register candidate…  (Ctrl+N)</source>
        <translation>후보자 등록…  (Ctrl+N)</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>체크리스트</translation>
    </message>
    <message>
        <source>Screening log</source>
        <translation>스크리닝 기록</translation>
    </message>
    <message>
        <source>No patient selected</source>
        <translation>선택된 환자 없음</translation>
    </message>
    <message>
        <source>Choose a patient on the Patients screen (Ctrl+2) to see their eligibility checklist, or register a new candidate for screening.</source>
        <translation>적격성 체크리스트를 보려면 환자 화면(Ctrl+2)에서 환자를 선택하거나, 새 스크리닝 후보자를 등록하십시오.</translation>
    </message>
    <message>
        <source>Choose a patient on the Patients screen (Ctrl+2) to see their eligibility checklist.</source>
        <translation>적격성 체크리스트를 보려면 환자 화면(Ctrl+2)에서 환자를 선택하십시오.</translation>
    </message>
    <message>
        <source>Register candidate…</source>
        <translation>후보자 등록…</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>변경 취소</translation>
    </message>
    <message>
        <source>Save  (Ctrl+S)</source>
        <translation>저장  (Ctrl+S)</translation>
    </message>
    <message>
        <source>Confirm eligibility…</source>
        <translation>적격성 확정…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>수정…</translation>
    </message>
    <message>
        <source>Cancel correction</source>
        <translation>수정 취소</translation>
    </message>
    <message>
        <source>Unsaved answers from earlier are back on the form: save them (Ctrl+S) or discard them.</source>
        <translation>이전에 저장하지 않은 응답을 양식에 다시 불러왔습니다: 저장(Ctrl+S)하거나 취소하십시오.</translation>
    </message>
    <message>
        <source>Signatures: {signatures}</source>
        <translation>서명: {signatures}</translation>
    </message>
    <message>
        <source>Save correction…</source>
        <translation>수정 저장…</translation>
    </message>
    <message>
        <source>Answer every item first: the result must be eligible or ineligible to be confirmed.</source>
        <translation>먼저 모든 항목에 응답하십시오: 결과가 적격 또는 부적격이어야 확정할 수 있습니다.</translation>
    </message>
    <message>
        <source>The patient is randomized: the screening record can no longer be changed here.</source>
        <translation>무작위배정된 환자입니다: 여기서는 더 이상 스크리닝 기록을 변경할 수 없습니다.</translation>
    </message>
    <message>
        <source>Unlock the checklist to correct it; saving asks for a reason and your password.</source>
        <translation>수정하려면 체크리스트 잠금을 해제하십시오. 저장할 때 사유와 비밀번호를 묻습니다.</translation>
    </message>
    <message>
        <source>Correcting the confirmed checklist: saving asks for a reason and your password, and signs it again.</source>
        <translation>확정된 체크리스트 수정 중: 저장할 때 사유와 비밀번호를 묻고 다시 서명합니다.</translation>
    </message>
    <message>
        <source>Confirmed by {signer} on {when} — read-only. Randomized: corrections are no longer possible here.</source>
        <translation>확정: {signer}, {when} — 읽기 전용. 무작위배정됨: 여기서는 더 이상 수정할 수 없습니다.</translation>
    </message>
    <message>
        <source>Confirmed by {signer} on {when} — read-only.</source>
        <translation>확정: {signer}, {when} — 읽기 전용.</translation>
    </message>
    <message>
        <source>Not yet confirmed. Read-only for your role ({role}).</source>
        <translation>아직 확정되지 않았습니다. 현재 역할({role})은 읽기 전용입니다.</translation>
    </message>
    <message>
        <source>Not yet confirmed. Unsaved changes.</source>
        <translation>아직 확정되지 않았습니다. 저장하지 않은 변경 사항이 있습니다.</translation>
    </message>
    <message>
        <source>Not yet confirmed. All changes saved.</source>
        <translation>아직 확정되지 않았습니다. 모든 변경 사항이 저장되었습니다.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>저장했습니다.</translation>
    </message>
    <message>
        <source>Eligibility confirmed and signed.</source>
        <translation>적격성을 확정하고 서명했습니다.</translation>
    </message>
    <message>
        <source>The checklist is unlocked for a correction.</source>
        <translation>수정을 위해 체크리스트 잠금을 해제했습니다.</translation>
    </message>
    <message>
        <source>Correction signed.</source>
        <translation>수정에 서명했습니다.</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
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
        <source>Response</source>
        <translation>반응</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>감사 추적</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>관리</translation>
    </message>
    <message>
        <source>Trial report</source>
        <translation>임상시험 보고서</translation>
    </message>
</context>
<context>
    <name>SeriousCriterion</name>
    <message>
        <source>death</source>
        <translation>사망</translation>
    </message>
    <message>
        <source>life-threatening</source>
        <translation>생명을 위협함</translation>
    </message>
    <message>
        <source>hospitalisation or its prolongation</source>
        <translation>입원 또는 입원 기간 연장</translation>
    </message>
    <message>
        <source>persistent or significant disability</source>
        <translation>지속적 또는 중대한 장애</translation>
    </message>
    <message>
        <source>congenital anomaly</source>
        <translation>선천성 기형</translation>
    </message>
    <message>
        <source>important medical event</source>
        <translation>의학적으로 중요한 사건</translation>
    </message>
</context>
<context>
    <name>SessionFlow</name>
    <message>
        <source>Backing up the database…</source>
        <translation>데이터베이스를 백업하는 중…</translation>
    </message>
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
    <message>
        <source>Checking your password…</source>
        <translation>비밀번호를 확인하는 중…</translation>
    </message>
</context>
<context>
    <name>SiteRuleDialog</name>
    <message>
        <source>Type a value with its unit ({units}).</source>
        <translation>값을 단위와 함께 입력하십시오 ({units}).</translation>
    </message>
    <message>
        <source>A whole number from {minimum} to {maximum}.</source>
        <translation>{minimum}에서 {maximum} 사이의 정수입니다.</translation>
    </message>
    <message>
        <source>A number from {minimum} to {maximum}.</source>
        <translation>{minimum}에서 {maximum} 사이의 숫자입니다.</translation>
    </message>
    <message>
        <source>Change site rule</source>
        <translation>기관 규칙 변경</translation>
    </message>
    <message>
        <source>&lt;b&gt;{rule}&lt;/b&gt;&lt;br&gt;{source}&lt;br&gt;&lt;br&gt;Shipped default: {default}. {limits} Checklists evaluated and orders written from now on use the new value.</source>
        <translation>&lt;b&gt;{rule}&lt;/b&gt;&lt;br&gt;{source}&lt;br&gt;&lt;br&gt;출하 시 기본값: {default}. {limits} 이제부터 평가하는 체크리스트와 작성하는 처방에는 새 값이 쓰입니다.</translation>
    </message>
    <message>
        <source>Change rule</source>
        <translation>규칙 변경</translation>
    </message>
    <message>
        <source>kept in the audit trail</source>
        <translation>감사 추적에 보관됨</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>새 값</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
</context>
<context>
    <name>SupportiveCategory</name>
    <message>
        <source>Premedication (before the first cytotoxic drug)</source>
        <translation>전처치 (첫 세포독성 약물 투여 전)</translation>
    </message>
    <message>
        <source>Hydration and line flushes</source>
        <translation>수액 및 라인 플러시</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>모니터링</translation>
    </message>
    <message>
        <source>Take-home supportive care</source>
        <translation>귀가 후 보조요법</translation>
    </message>
    <message>
        <source>premedication</source>
        <translation>전처치</translation>
    </message>
    <message>
        <source>hydration</source>
        <translation>수액</translation>
    </message>
    <message>
        <source>monitoring</source>
        <translation>모니터링</translation>
    </message>
    <message>
        <source>take-home</source>
        <translation>귀가 후</translation>
    </message>
</context>
<context>
    <name>SupportiveColumn</name>
    <message>
        <source>Item</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>용량</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>투여 경로</translation>
    </message>
    <message>
        <source>When</source>
        <translation>시점</translation>
    </message>
    <message>
        <source>With</source>
        <translation>대상 약물</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>사용 중</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>default</source>
        <translation>기본값</translation>
    </message>
    <message>
        <source>site to confirm</source>
        <translation>기관 확인 필요</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>변경됨</translation>
    </message>
</context>
<context>
    <name>SupportiveItemDialog</name>
    <message>
        <source>Premedication — {item}</source>
        <translation>전처치 — {item}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{item}&lt;/b&gt; · {category}, with {drugs}.&lt;br&gt;Write doses in ISMP style (0.5 mg, 1 mg; mcg; subcutaneous). The change is audited and the investigator must sign the table off again before orders stop showing “premedication not confirmed”.</source>
        <translation>&lt;b&gt;{item}&lt;/b&gt; · {category}, 대상 약물: {drugs}.&lt;br&gt;용량은 ISMP 방식으로 쓰십시오 (0.5 mg, 1 mg; mcg; subcutaneous). 변경 내용은 감사 추적에 기록되며, 연구자가 표를 다시 승인 서명해야 처방에 “전처치 미확인”이 더 이상 표시되지 않습니다.</translation>
    </message>
    <message>
        <source>Change item</source>
        <translation>항목 변경</translation>
    </message>
    <message>
        <source>in use: put on every order that gives these drugs</source>
        <translation>사용 중: 이 약물을 투여하는 모든 처방에 포함</translation>
    </message>
    <message>
        <source>kept in the audit trail</source>
        <translation>감사 추적에 보관됨</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>용량</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>투여 경로</translation>
    </message>
    <message>
        <source>When</source>
        <translation>시점</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
</context>
<context>
    <name>SupportivePanel</name>
    <message>
        <source>Premedication</source>
        <translation>전처치</translation>
    </message>
    <message>
        <source>Put on every order that gives the drugs listed [site rule]. A change is audited and needs the investigator&apos;s sign-off again.</source>
        <translation>나열된 약물을 투여하는 모든 처방에 포함됩니다 [기관 규칙]. 변경 사항은 감사 기록되며 연구자의 승인 서명을 다시 받아야 합니다.</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>변경…</translation>
    </message>
    <message>
        <source>Sign off the table…</source>
        <translation>표 승인 서명…</translation>
    </message>
    <message>
        <source>Confirm the whole table as the investigator (password re-entry)</source>
        <translation>연구자로서 표 전체를 확인합니다 (비밀번호 재입력)</translation>
    </message>
    <message>
        <source>Select an item to read its source.</source>
        <translation>출처를 보려면 항목을 선택하십시오.</translation>
    </message>
    <message>
        <source>✓ Confirmed by &lt;b&gt;{name}&lt;/b&gt; on {when}.</source>
        <translation>✓ &lt;b&gt;{name}&lt;/b&gt;이(가) {when}에 확인했습니다.</translation>
    </message>
    <message>
        <source>⚠ Not confirmed: every order says “premedication not confirmed by the investigator” until an investigator signs the table off.</source>
        <translation>⚠ 확인되지 않음: 연구자가 표를 승인 서명할 때까지 모든 처방에 “연구자의 전처치 미확인”가 표시됩니다.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Source of {item}&lt;/b&gt; ({origin}): {source}</source>
        <translation>&lt;b&gt;{item}의 출처&lt;/b&gt; ({origin}): {source}</translation>
    </message>
    <message>
        <source>Sign off the premedication table</source>
        <translation>전처치표 승인 서명</translation>
    </message>
    <message>
        <source>Confirm every premedication, hydration, monitoring and take-home item as shown, as the trial&apos;s investigator. Orders written from now on no longer show “premedication not confirmed”; any later change to the table voids this confirmation.</source>
        <translation>임상시험 연구자로서 표시된 대로 모든 전처치, 수액, 모니터링, 퇴원 약 항목을 확인합니다. 이제부터 작성되는 처방에는 “전처치 미확인”이 더 이상 표시되지 않으며, 이후 표가 변경되면 이 확인은 무효가 됩니다.</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>승인 서명</translation>
    </message>
</context>
<context>
    <name>SupportiveRow</name>
    <message>
        <source>Default: {dose} [site rule]. Written in ISMP style (0.5 mg, never .5 or 1.0 mg; mcg, never µg).</source>
        <translation>기본값: {dose} [기관 규칙]. ISMP 표기법으로 씁니다 (0.5 mg — .5나 1.0 mg 금지; mcg — µg 금지).</translation>
    </message>
    <message>
        <source>leave out</source>
        <translation>제외</translation>
    </message>
    <message>
        <source>Not given on this order (the reason is printed on the sheet)</source>
        <translation>이 처방에서는 투여하지 않음 (사유는 처방전에 인쇄됨)</translation>
    </message>
    <message>
        <source>{timing} — as needed</source>
        <translation>{timing} — 필요 시</translation>
    </message>
    <message>
        <source>&lt;s&gt;{name}&lt;/s&gt; — left out</source>
        <translation>&lt;s&gt;{name}&lt;/s&gt; — 제외</translation>
    </message>
    <message>
        <source>reason for leaving out {name} (printed on the sheet)</source>
        <translation>{name} 제외 사유 (처방전에 인쇄됨)</translation>
    </message>
    <message>
        <source>reason for the dose change of {name} (printed on the sheet)</source>
        <translation>{name} 용량 변경 사유 (처방전에 인쇄됨)</translation>
    </message>
</context>
<context>
    <name>SupportiveTableModel</name>
    <message>
        <source>{timing} (as needed)</source>
        <translation>{timing} (필요 시)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>출처: {source}</translation>
    </message>
</context>
<context>
    <name>SurvivalChart</name>
    <message>
        <source>{endpoint} (probability)</source>
        <translation>{endpoint} (확률)</translation>
    </message>
    <message>
        <source>Months from randomization</source>
        <translation>무작위배정 후 개월</translation>
    </message>
    <message>
        <source>Number at risk</source>
        <translation>위험 대상자 수</translation>
    </message>
</context>
<context>
    <name>TargetRow</name>
    <message>
        <source>e.g. 23</source>
        <translation>예: 23</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>평가 안 함</translation>
    </message>
</context>
<context>
    <name>TodayColumn</name>
    <message>
        <source>When</source>
        <translation>일자</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>환자</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>업무</translation>
    </message>
    <message>
        <source>What exactly</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>열리는 화면</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>담당</translation>
    </message>
</context>
<context>
    <name>TodayKind</name>
    <message>
        <source>Order to write</source>
        <translation>처방 작성</translation>
    </message>
    <message>
        <source>Order to sign</source>
        <translation>처방 서명</translation>
    </message>
    <message>
        <source>Order to verify</source>
        <translation>처방 검증</translation>
    </message>
    <message>
        <source>Order to print</source>
        <translation>처방전 출력</translation>
    </message>
    <message>
        <source>Catheter inspection</source>
        <translation>카테터 점검</translation>
    </message>
    <message>
        <source>Double check</source>
        <translation>이중 확인</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>투여 기록</translation>
    </message>
    <message>
        <source>Second nurse confirms</source>
        <translation>두 번째 간호사 확인</translation>
    </message>
    <message>
        <source>Dose decision</source>
        <translation>용량 결정</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>사건</translation>
    </message>
    <message>
        <source>Catheter to place</source>
        <translation>카테터 삽입</translation>
    </message>
    <message>
        <source>IR review</source>
        <translation>IR 검토</translation>
    </message>
    <message>
        <source>Pre-cycle labs</source>
        <translation>주기 전 검사</translation>
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
        <source>Tumour assessment</source>
        <translation>종양 평가</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>추적 관찰</translation>
    </message>
    <message>
        <source>Progression</source>
        <translation>진행</translation>
    </message>
</context>
<context>
    <name>TodayModel</name>
    <message>
        <source>⚠ Overdue 1 day</source>
        <translation>⚠ 1일 지연</translation>
    </message>
    <message>
        <source>⚠ Overdue {n} days</source>
        <translation>⚠ {n}일 지연</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>오늘까지</translation>
    </message>
    <message>
        <source>Due {day}</source>
        <translation>{day}까지</translation>
    </message>
    <message>
        <source>Since today</source>
        <translation>오늘부터</translation>
    </message>
    <message>
        <source>Since {day}</source>
        <translation>{day}부터</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>What waits for you, overdue first. Enter or a double click opens it on that patient.</source>
        <translation>내가 할 일을 지연된 것부터 보여 줍니다. Enter 또는 더블클릭하면 해당 환자로 그 화면이 열립니다.</translation>
    </message>
    <message>
        <source>Everything due in the unit, overdue first, and who does it (read only for your role). Enter or a double click opens it on that patient.</source>
        <translation>병동에서 처리할 모든 업무를 지연된 것부터, 담당자와 함께 보여 줍니다 (내 역할은 읽기 전용). Enter 또는 더블클릭하면 해당 환자로 그 화면이 열립니다.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>Ask again what is due (F5)</source>
        <translation>할 일을 다시 불러옵니다 (F5)</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>오늘 할 일이 없습니다.</translation>
    </message>
    <message>
        <source>Looking for what is due…</source>
        <translation>오늘 할 일을 찾는 중…</translation>
    </message>
    <message>
        <source>1 item</source>
        <translation>1건</translation>
    </message>
    <message>
        <source>{n} items</source>
        <translation>{n}건</translation>
    </message>
    <message>
        <source>1 overdue</source>
        <translation>1건 지연</translation>
    </message>
    <message>
        <source>{n} overdue</source>
        <translation>{n}건 지연</translation>
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
    <message>
        <source>Summary &amp;PDF…</source>
        <translation>요약 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>The toxicity summary to print or file</source>
        <translation>출력 또는 보관용 독성 요약</translation>
    </message>
    <message>
        <source>&amp;Lab result…</source>
        <translation>검사 결과(&amp;L)…</translation>
    </message>
    <message>
        <source>Enter a lab value: it is graded as you type (Alt+L)</source>
        <translation>검사 수치 입력: 입력하는 대로 등급이 매겨집니다 (Alt+L)</translation>
    </message>
    <message>
        <source>&amp;New event…</source>
        <translation>새 이상반응(&amp;N)…</translation>
    </message>
    <message>
        <source>Record an adverse event (Ctrl+N)</source>
        <translation>이상반응 기록 (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>수정(&amp;C)…</translation>
    </message>
    <message>
        <source>Change the selected event (with a reason)</source>
        <translation>선택한 이상반응 수정 (사유 필요)</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>무효 처리(&amp;V)…</translation>
    </message>
    <message>
        <source>Void the selected event (investigator)</source>
        <translation>선택한 이상반응 무효 처리 (연구자)</translation>
    </message>
    <message>
        <source>Record &amp;delay…</source>
        <translation>연기 기록(&amp;D)…</translation>
    </message>
    <message>
        <source>Delay the drugs this event makes a dose decision due for (investigator)</source>
        <translation>이 이상반응으로 용량 결정이 필요해진 약제의 투여 연기 (연구자)</translation>
    </message>
    <message>
        <source>Void result…</source>
        <translation>결과 무효 처리…</translation>
    </message>
    <message>
        <source>Void the selected lab result (investigator), e.g. a haemolysed sample</source>
        <translation>선택한 검사 결과 무효 처리 (연구자), 예: 용혈된 검체</translation>
    </message>
    <message>
        <source>ALT, AST, ALP and total bilirubin as multiples of the upper limit of normal used for each result. Dashed: 1, 3 and 5 × ULN (CTCAE v4.03 grade boundaries).</source>
        <translation>ALT, AST, ALP, 총빌리루빈을 각 결과에 적용된 정상 상한의 배수로 표시합니다. 점선: 1, 3, 5 × ULN (CTCAE v4.03 등급 경계).</translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation>이상반응</translation>
    </message>
    <message>
        <source>Worst grade by cycle</source>
        <translation>주기별 최고 등급</translation>
    </message>
    <message>
        <source>Lab results</source>
        <translation>검사 결과</translation>
    </message>
    <message>
        <source>Liver tests</source>
        <translation>간기능 검사</translation>
    </message>
    <message>
        <source>Choose a patient first (Patients, or Ctrl+F).</source>
        <translation>먼저 환자를 선택하십시오 (환자 화면 또는 Ctrl+F).</translation>
    </message>
    <message>
        <source>is not randomized: toxicity is recorded for patients on study.</source>
        <translation>환자는 무작위배정 전입니다. 독성은 연구에 참여 중인 환자에 대해 기록합니다.</translation>
    </message>
    <message>
        <source>⚠ Dose decision due on the next order: {decision}.</source>
        <translation>⚠ 다음 처방에서 용량 결정 필요: {decision}.</translation>
    </message>
    <message>
        <source>G-CSF secondary prevention may be given (protocol): {advice}. The investigator decides.</source>
        <translation>프로토콜에 따라 G-CSF 이차 예방 투여를 할 수 있습니다: {advice}. 결정은 연구자가 합니다.</translation>
    </message>
    <message>
        <source>Adverse event #{id} saved.</source>
        <translation>이상반응 #{id}을(를) 저장했습니다.</translation>
    </message>
    <message>
        <source>Lab result saved: grade {grade}.</source>
        <translation>검사 결과를 저장했습니다: {grade}등급.</translation>
    </message>
    <message>
        <source>Adverse event #{id} corrected.</source>
        <translation>이상반응 #{id}을(를) 수정했습니다.</translation>
    </message>
    <message>
        <source>Void the adverse event</source>
        <translation>이상반응 무효 처리</translation>
    </message>
    <message>
        <source>Void “{term}” (grade {grade}). A voided event stays in the record with the reason.</source>
        <translation>“{term}” ({grade}등급)을(를) 무효 처리합니다. 무효 처리된 이상반응은 사유와 함께 기록에 남습니다.</translation>
    </message>
    <message>
        <source>Void</source>
        <translation>무효 처리</translation>
    </message>
    <message>
        <source>Adverse event #{id} voided.</source>
        <translation>이상반응 #{id}을(를) 무효 처리했습니다.</translation>
    </message>
    <message>
        <source>Select the lab result to void.</source>
        <translation>무효 처리할 검사 결과를 선택하십시오.</translation>
    </message>
    <message>
        <source>Void the lab result</source>
        <translation>검사 결과 무효 처리</translation>
    </message>
    <message>
        <source>Void {term} {value} of {date}. It leaves the chart and the table but stays in the record with the reason.</source>
        <translation>{date}의 {term} {value}을(를) 무효 처리합니다. 그래프와 표에서는 빠지지만 사유와 함께 기록에 남습니다.</translation>
    </message>
    <message>
        <source>Lab result voided.</source>
        <translation>검사 결과를 무효 처리했습니다.</translation>
    </message>
    <message>
        <source>Delay the dose</source>
        <translation>투여 연기</translation>
    </message>
    <message>
        <source>Delay {drugs} for grade {grade} {term}. The next order still asks to reduce, stop or continue.</source>
        <translation>{grade}등급 {term}(으)로 {drugs} 투여를 연기합니다. 다음 처방에서도 감량, 중단 또는 유지 여부를 묻습니다.</translation>
    </message>
    <message>
        <source>Record delay</source>
        <translation>연기 기록</translation>
    </message>
    <message>
        <source>Delay recorded.</source>
        <translation>투여 연기를 기록했습니다.</translation>
    </message>
    <message>
        <source>Save the toxicity summary</source>
        <translation>독성 요약 저장</translation>
    </message>
    <message>
        <source>Making the toxicity summary…</source>
        <translation>독성 요약을 만드는 중…</translation>
    </message>
    <message>
        <source>Toxicity summary saved to {path}.</source>
        <translation>독성 요약을 {path}에 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>ToxicitySummary</name>
    <message>
        <source>Toxicity summary — CTCAE v4.03</source>
        <translation>독성 요약 — CTCAE v4.03</translation>
    </message>
    <message>
        <source>&lt;b&gt;G-CSF secondary prevention is allowed&lt;/b&gt; (protocol; not as primary prophylaxis) — {reasons}. The investigator decides.</source>
        <translation>&lt;b&gt;G-CSF 이차 예방 투여 가능&lt;/b&gt; (프로토콜; 일차 예방 목적은 불가) — {reasons}. 결정은 연구자가 합니다.</translation>
    </message>
    <message>
        <source>CTCAE term</source>
        <translation>CTCAE 용어</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>주기</translation>
    </message>
    <message>
        <source>Onset / resolved</source>
        <translation>발생일 / 해소일</translation>
    </message>
    <message>
        <source>Term (CTCAE v4.03)</source>
        <translation>용어 (CTCAE v4.03)</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>등급</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>중대성</translation>
    </message>
    <message>
        <source>Action · outcome</source>
        <translation>조치 · 결과</translation>
    </message>
    <message>
        <source>Attribution</source>
        <translation>인과관계</translation>
    </message>
    <message>
        <source>Grade differs from the lab: {reason}</source>
        <translation>검사 결과와 다른 등급: {reason}</translation>
    </message>
    <message>
        <source>lab: {grade}</source>
        <translation>검사: {grade}</translation>
    </message>
    <message>
        <source>&lt;b&gt;SAE&lt;/b&gt;: {criterion}</source>
        <translation>&lt;b&gt;SAE&lt;/b&gt;: {criterion}</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>no action</source>
        <translation>조치 없음</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>약물</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>결정</translation>
    </message>
    <message>
        <source>For event</source>
        <translation>해당 이상반응</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>By</source>
        <translation>결정자</translation>
    </message>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Sample date ({years})</source>
        <translation>검체 채취일 ({years})</translation>
    </message>
    <message>
        <source>{name} (none)</source>
        <translation>{name} (없음)</translation>
    </message>
    <message>
        <source>Liver tests (× upper limit of normal)</source>
        <translation>간기능 검사 (× 정상 상한)</translation>
    </message>
    <message>
        <source>No ALT, AST, ALP or bilirubin result on record.</source>
        <translation>기록된 ALT, AST, ALP 또는 bilirubin 결과가 없습니다.</translation>
    </message>
    <message>
        <source>1 adverse event on record (voided events left out)</source>
        <translation>기록된 이상반응 1건 (무효 처리된 이상반응 제외)</translation>
    </message>
    <message>
        <source>{count} adverse events on record (voided events left out)</source>
        <translation>기록된 이상반응 {count}건 (무효 처리된 이상반응 제외)</translation>
    </message>
    <message>
        <source>cycles {first}–{last}</source>
        <translation>{first}–{last}주기</translation>
    </message>
    <message>
        <source>cycle {cycle}</source>
        <translation>{cycle}주기</translation>
    </message>
    <message>
        <source>No adverse event recorded.</source>
        <translation>기록된 이상반응이 없습니다.</translation>
    </message>
    <message>
        <source>Worst grade per term and cycle</source>
        <translation>용어별·주기별 최고 등급</translation>
    </message>
    <message>
        <source>Blank: not recorded in that cycle. Grade ≥ 3 shaded.</source>
        <translation>빈칸: 해당 주기에 기록 없음. 3등급 이상은 음영 표시.</translation>
    </message>
    <message>
        <source>Cycle “—”: events recorded without a cycle.</source>
        <translation>주기 “—”: 주기 없이 기록된 이상반응.</translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation>이상반응</translation>
    </message>
    <message>
        <source>Dose decisions after grade ≥ 3 events</source>
        <translation>3등급 이상 이상반응 후 용량 결정</translation>
    </message>
    <message>
        <source>No dose decision recorded.</source>
        <translation>기록된 용량 결정이 없습니다.</translation>
    </message>
    <message>
        <source>Toxicity summary {id}</source>
        <translation>독성 요약 {id}</translation>
    </message>
    <message>
        <source>unrelated to all drugs</source>
        <translation>모든 약물과 무관</translation>
    </message>
    <message>
        <source>{attributions}; others unrelated</source>
        <translation>{attributions}; 그 외 약물 무관</translation>
    </message>
    <message>
        <source>adverse event #{number}</source>
        <translation>이상반응 #{number}</translation>
    </message>
    <message>
        <source>grade {grade} {term}, cycle {cycle}, onset {onset}</source>
        <translation>{grade}등급 {term}, {cycle}주기, 발생일 {onset}</translation>
    </message>
    <message>
        <source>grade {grade} {term}, onset {onset}</source>
        <translation>{grade}등급 {term}, 발생일 {onset}</translation>
    </message>
    <message>
        <source>{event} (event since voided)</source>
        <translation>{event} (이후 무효 처리된 이상반응)</translation>
    </message>
</context>
<context>
    <name>Trial</name>
    <message>
        <source>HAI oxaliplatin trial — NCT05103020</source>
        <translation>HAI oxaliplatin 임상시험 — NCT05103020</translation>
    </message>
</context>
<context>
    <name>TrialReport</name>
    <message>
        <source>Trial report</source>
        <translation>임상시험 보고서</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>도달 안 함</translation>
    </message>
    <message>
        <source>Data cut-off {cutoff} · pseudonymised: study IDs and counts only · every analysis by intention to treat</source>
        <translation>자료 마감일 {cutoff} · 가명 처리: 연구 번호와 집계만 · 모든 분석은 치료 의향(ITT) 기준</translation>
    </message>
    <message>
        <source>Accrual</source>
        <translation>등록 현황</translation>
    </message>
    <message>
        <source>{count} of {target} participants randomized ({percent:.0f} %); the dashed line is the plan: the target evenly over 2 years (protocol).</source>
        <translation>목표 {target}명 중 {count}명 무작위 배정 ({percent:.0f} %), 점선은 계획: 2년 동안 목표를 고르게 등록 (프로토콜).</translation>
    </message>
    <message>
        <source>CONSORT flow diagram</source>
        <translation>CONSORT 흐름도</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>방법</translation>
    </message>
    <message>
        <source>Overall survival</source>
        <translation>전체 생존</translation>
    </message>
    <message>
        <source>Progression-free survival</source>
        <translation>무진행 생존</translation>
    </message>
    <message>
        <source>Conversion: liver metastases resected (the investigator&apos;s record of the primary endpoint). Objective response: a best overall response of CR or PR by RECIST 1.1; patients without an assessment count as non-responders. Rates with exact (Clopper-Pearson) 95 % confidence intervals. OS: from randomization to death from any cause, censored at the last date known alive. PFS: to the first progression (RECIST, or reported at follow-up) or death, censored at the last adequate tumour assessment. Kaplan-Meier estimates, two-sided log-rank test, Cox proportional hazards (Efron ties) for HAI versus control with a Wald 95 % CI. Months of 30.44 days.</source>
        <translation>전환: 간 전이 절제 (연구자가 기록한 일차 평가변수). 객관적 반응: RECIST 1.1 최우수 전체 반응이 CR 또는 PR, 평가가 없는 환자는 무반응으로 계산. 비율은 정확(Clopper-Pearson) 95 % 신뢰구간과 함께 제시. OS: 무작위 배정부터 모든 원인의 사망까지, 최종 생존 확인일에 중도절단. PFS: 첫 진행(RECIST 또는 추적 관찰에서 보고) 또는 사망까지, 마지막 적절한 종양 평가일에 중도절단. Kaplan-Meier 추정, 양측 로그순위 검정, HAI 대 대조군 Cox 비례위험 모형(Efron 동점 처리)과 Wald 95 % 신뢰구간. 1개월은 30.44일.</translation>
    </message>
    <message>
        <source>Arm</source>
        <translation>배정군</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Conversion to resection, n/N · % (95 % CI)</source>
        <translation>절제 전환, n/N · % (95 % CI)</translation>
    </message>
    <message>
        <source>Objective response, n/N · % (95 % CI)</source>
        <translation>객관적 반응, n/N · % (95 % CI)</translation>
    </message>
    <message>
        <source>Primary endpoint and objective response</source>
        <translation>일차 평가변수와 객관적 반응</translation>
    </message>
    <message>
        <source>Events / patients</source>
        <translation>사건 / 환자</translation>
    </message>
    <message>
        <source>Median, months</source>
        <translation>중앙값, 개월</translation>
    </message>
    <message>
        <source>Log-rank test and hazard ratio: not estimable yet (an arm without patients or events).</source>
        <translation>로그순위 검정과 위험비: 아직 추정할 수 없음 (환자나 사건이 없는 배정군).</translation>
    </message>
    <message>
        <source>Log-rank χ² {chi:.2f}, p = {p}.</source>
        <translation>로그순위 χ² {chi:.2f}, p = {p}.</translation>
    </message>
    <message>
        <source>Hazard ratio HAI vs control {hr:.2f} (95 % CI {low:.2f}–{high:.2f}), p = {p}.</source>
        <translation>위험비 HAI 대 대조군 {hr:.2f} (95 % CI {low:.2f}–{high:.2f}), p = {p}.</translation>
    </message>
    <message>
        <source>Hazard ratio: not estimable yet (no event in one arm).</source>
        <translation>위험비: 아직 추정할 수 없음 (한 배정군에 사건 없음).</translation>
    </message>
    <message>
        <source>Grade ≥ 3 adverse events (CTCAE v4.03): patients by term and arm</source>
        <translation>3등급 이상 이상반응 (CTCAE v4.03): 용어와 배정군별 환자 수</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>기록 없음.</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>용어</translation>
    </message>
    <message>
        <source>N: patients randomized to the arm (intention to treat); a patient counts once per term.</source>
        <translation>N: 해당 배정군에 무작위 배정된 환자 (치료 의향), 환자는 용어당 한 번 계산.</translation>
    </message>
    <message>
        <source>Study ID</source>
        <translation>연구 번호</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>방문</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>예정일</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>시행일</translation>
    </message>
    <message>
        <source>Days outside the window</source>
        <translation>허용 기간을 벗어난 일수</translation>
    </message>
    <message>
        <source>Protocol deviations: visits done outside their window</source>
        <translation>프로토콜 위반: 허용 기간을 벗어난 방문</translation>
    </message>
    <message>
        <source>The windows are site rules (assessment_window_days, follow_up_window_days).</source>
        <translation>허용 기간은 기관 규칙입니다 (assessment_window_days, follow_up_window_days).</translation>
    </message>
    <message>
        <source>not treated yet</source>
        <translation>아직 치료 안 함</translation>
    </message>
</context>
<context>
    <name>TrialReportScreen</name>
    <message>
        <source>Your role does not read the trial report.</source>
        <translation>귀하의 역할은 임상시험 보고서를 열람하지 않습니다.</translation>
    </message>
    <message>
        <source>Trial report</source>
        <translation>임상시험 보고서</translation>
    </message>
    <message>
        <source>Accrual, the CONSORT flow, conversion to resection and response per arm, survival and grade ≥ 3 adverse events, from the records, by intention to treat. Study IDs only.</source>
        <translation>등록 현황, CONSORT 흐름, 배정군별 절제 전환과 반응, 생존, 3등급 이상 이상반응을 기록에서 치료 의향 기준으로 집계. 연구 번호만 표시.</translation>
    </message>
    <message>
        <source>Investigators, research coordinators and the monitor read it.</source>
        <translation>연구자, 연구 코디네이터, 모니터가 열람합니다.</translation>
    </message>
    <message>
        <source>Data cut-off</source>
        <translation>자료 마감일</translation>
    </message>
    <message>
        <source>Events, contacts and scans after this day are not counted. Empty: today.</source>
        <translation>이 날 이후의 사건, 연락, 검사는 집계하지 않습니다. 비워 두면 오늘.</translation>
    </message>
    <message>
        <source>&amp;Make report</source>
        <translation>보고서 작성(&amp;M)</translation>
    </message>
    <message>
        <source>Make the report again from the records</source>
        <translation>기록에서 보고서를 다시 작성</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>PDF 저장(&amp;P)…</translation>
    </message>
    <message>
        <source>Making the trial report…</source>
        <translation>임상시험 보고서 작성 중…</translation>
    </message>
    <message>
        <source>Trial report made from the records: {pages} pages.</source>
        <translation>기록에서 임상시험 보고서를 작성했습니다: {pages}쪽.</translation>
    </message>
    <message>
        <source>Save the trial report</source>
        <translation>임상시험 보고서 저장</translation>
    </message>
    <message>
        <source>Trial report saved to {path}.</source>
        <translation>임상시험 보고서를 {path}에 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>TumourAssessmentDialog</name>
    <message>
        <source>&lt;b&gt;{id}&lt;/b&gt; · {name}. Baseline {method} of {date}: sum of target diameters {sum} mm.</source>
        <translation>&lt;b&gt;{id}&lt;/b&gt; · {name}. {date} 기저 {method}: 표적 직경 합계 {sum} mm.</translation>
    </message>
    <message>
        <source>&lt;br&gt;Last assessment {date}: {response}; nadir so far {nadir} mm.</source>
        <translation>&lt;br&gt;최근 평가 {date}: {response}, 현재까지 최저치 {nadir} mm.</translation>
    </message>
    <message>
        <source>&lt;br&gt;Type each target&apos;s diameter from the report (a node&apos;s short axis): mm, or cm with its unit; 0 when it has disappeared.</source>
        <translation>&lt;br&gt;판독지에서 각 표적의 직경(림프절은 단축)을 입력하십시오: mm, 또는 단위와 함께 cm, 사라졌으면 0.</translation>
    </message>
    <message>
        <source>New tumour assessment</source>
        <translation>새 종양 평가</translation>
    </message>
    <message>
        <source>Save assessment</source>
        <translation>평가 저장</translation>
    </message>
    <message>
        <source>RECIST 1.1: use the same method as at baseline.</source>
        <translation>RECIST 1.1: 기저 평가와 같은 방법을 사용하십시오.</translation>
    </message>
    <message>
        <source>Scan date</source>
        <translation>검사일</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>방법</translation>
    </message>
    <message>
        <source>Baseline {size} mm</source>
        <translation>기저 {size} mm</translation>
    </message>
    <message>
        <source>Non-target lesions</source>
        <translation>비표적 병변</translation>
    </message>
    <message>
        <source>A new lesion (unequivocal): progression</source>
        <translation>새 병변 (명백함): 진행</translation>
    </message>
    <message>
        <source>organ, site and size, e.g. segment III, 14 mm</source>
        <translation>장기, 부위, 크기, 예: 3분절, 14 mm</translation>
    </message>
    <message>
        <source>New lesion</source>
        <translation>새 병변</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>위치</translation>
    </message>
    <message>
        <source>if measured</source>
        <translation>측정했으면</translation>
    </message>
    <message>
        <source>CEA</source>
        <translation>CEA</translation>
    </message>
    <message>
        <source>optional, e.g. why the scan was early</source>
        <translation>선택 사항, 예: 검사를 앞당긴 이유</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>RECIST 1.1</source>
        <translation>RECIST 1.1</translation>
    </message>
    <message>
        <source>The response shows once every target is typed.</source>
        <translation>모든 표적을 입력하면 반응이 표시됩니다.</translation>
    </message>
    <message>
        <source>A target not assessed: response {response}.</source>
        <translation>평가하지 않은 표적 있음: 반응 {response}.</translation>
    </message>
    <message>
        <source>Sum {sum} mm · {baseline} from baseline · {nadir} from the nadir ({nadir_mm} mm) → &lt;b&gt;{response}&lt;/b&gt;</source>
        <translation>합계 {sum} mm · 기저 대비 {baseline} · 최저치({nadir_mm} mm) 대비 {nadir} → &lt;b&gt;{response}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Not a date.</source>
        <translation>날짜가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>TumourBaselineDialog</name>
    <message>
        <source>e.g. segment VIII</source>
        <translation>예: 8분절</translation>
    </message>
    <message>
        <source>e.g. hepatoduodenal</source>
        <translation>예: 간십이지장</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>선택 사항</translation>
    </message>
    <message>
        <source>&lt;b&gt;{id}&lt;/b&gt; · {name}, randomized {randomized}. RECIST 1.1: at most {most} target lesions, {per_organ} per organ; a target is at least {least} mm in longest diameter (a lymph node at least {node} mm in short axis). Record other lesions as non-target.</source>
        <translation>&lt;b&gt;{id}&lt;/b&gt; · {name}, {randomized} 무작위 배정. RECIST 1.1: 표적 병변은 최대 {most}개, 장기당 {per_organ}개이며, 최장경 {least} mm 이상(림프절은 단축 {node} mm 이상)이어야 합니다. 나머지 병변은 비표적으로 기록하십시오.</translation>
    </message>
    <message>
        <source>Baseline tumour assessment</source>
        <translation>기저 종양 평가</translation>
    </message>
    <message>
        <source>Save baseline</source>
        <translation>기저 평가 저장</translation>
    </message>
    <message>
        <source>if measured</source>
        <translation>측정했으면</translation>
    </message>
    <message>
        <source>optional (no names)</source>
        <translation>선택 사항 (이름 제외)</translation>
    </message>
    <message>
        <source>Scan date</source>
        <translation>검사일</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>방법</translation>
    </message>
    <message>
        <source>CEA</source>
        <translation>CEA</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Target lesions</source>
        <translation>표적 병변</translation>
    </message>
    <message>
        <source>Diameter</source>
        <translation>직경</translation>
    </message>
    <message>
        <source>Non-target lesions</source>
        <translation>비표적 병변</translation>
    </message>
    <message>
        <source>Size (optional)</source>
        <translation>크기 (선택)</translation>
    </message>
    <message>
        <source>Organ</source>
        <translation>장기</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>부위</translation>
    </message>
    <message>
        <source>Sum of target diameters: —</source>
        <translation>표적 직경 합계: —</translation>
    </message>
    <message>
        <source>Sum of target diameters: {sum:g} mm</source>
        <translation>표적 직경 합계: {sum:g} mm</translation>
    </message>
    <message>
        <source>Not a date.</source>
        <translation>날짜가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>UserColumn</name>
    <message>
        <source>User name</source>
        <translation>사용자 이름</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>성명</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>계정</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>생성 (UTC)</translation>
    </message>
</context>
<context>
    <name>UsersTableModel</name>
    <message>
        <source>Active</source>
        <translation>활성</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>비활성화됨</translation>
    </message>
    <message>
        <source>None yet — give a temporary one</source>
        <translation>아직 없음 — 임시 비밀번호를 주십시오</translation>
    </message>
    <message>
        <source>Must change at next sign-in</source>
        <translation>다음 로그인 때 변경해야 함</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>설정됨</translation>
    </message>
</context>
<context>
    <name>VisitColumn</name>
    <message>
        <source>Visit</source>
        <translation>방문</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>예정일</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>허용 기간</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>시행일</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
</context>
<context>
    <name>VisitKind</name>
    <message>
        <source>Tumour assessment</source>
        <translation>종양 평가</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>추적 관찰</translation>
    </message>
</context>
<context>
    <name>VisitStatus</name>
    <message>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>done out of window</source>
        <translation>허용 범위 밖 완료</translation>
    </message>
    <message>
        <source>due</source>
        <translation>예정일</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>기한 지남</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>예정</translation>
    </message>
</context>
<context>
    <name>VisitsModel</name>
    <message>
        <source>{kind} {number}</source>
        <translation>{kind} {number}</translation>
    </message>
    <message>
        <source>{status}: {days} d outside</source>
        <translation>{status}: {days}일 벗어남</translation>
    </message>
</context>
<context>
    <name>VitalStatus</name>
    <message>
        <source>alive</source>
        <translation>생존</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>사망</translation>
    </message>
    <message>
        <source>lost to follow-up</source>
        <translation>추적 소실</translation>
    </message>
</context>
<context>
    <name>VoidEnvelopeDialog</name>
    <message>
        <source>Void envelope {number}</source>
        <translation>봉투 {number} 무효 처리</translation>
    </message>
    <message>
        <source>Void envelope &lt;b&gt;{number}&lt;/b&gt; (stratum {code}: {stratum})?&lt;br&gt;&lt;br&gt;A voided envelope is skipped: the next patient of this stratum gets the envelope after it. It cannot be used again and the reason stays in the audit trail. Keep the spoiled envelope (unopened if possible) for the monitor.</source>
        <translation>봉투 &lt;b&gt;{number}&lt;/b&gt;(층 {code}: {stratum})을(를) 무효 처리하시겠습니까?&lt;br&gt;&lt;br&gt;무효 처리된 봉투는 건너뜁니다: 이 층의 다음 환자는 그다음 봉투를 받습니다. 다시 사용할 수 없으며 사유는 감사 추적에 남습니다. 훼손된 봉투는 (가능하면 개봉하지 않은 채) 모니터 요원을 위해 보관하십시오.</translation>
    </message>
    <message>
        <source>Void envelope</source>
        <translation>봉투 무효 처리</translation>
    </message>
    <message>
        <source>e.g. envelope torn in storage; label unreadable</source>
        <translation>예: 보관 중 봉투 찢어짐, 라벨 판독 불가</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
</context>
<context>
    <name>YesNoRow</name>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Not yet known</source>
        <translation>아직 모름</translation>
    </message>
</context>
</TS>
