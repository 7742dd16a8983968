import sys

from hai_desktop.cli import main

sys.exit(main())
