"""hai-desktop: the infusion unit's workstation for the HAI oxaliplatin trial (NCT05103020)."""

__version__ = "0.1.0"
APP_NAME = "hai-desktop"
