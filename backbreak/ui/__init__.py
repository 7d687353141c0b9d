"""Windows, the break card, the tray: everything a person sees. Qt only through backbreak.qt."""
