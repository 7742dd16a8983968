"""Report documents (reportlab, PDF bytes). No Qt here."""
