"""The settings window (`window.SettingsWindow`): a page for each section of the schema
(`schedule`, `exercises`, `notifications`, `appearance`, `general`, `history`), built on
`page.Page` from the fields in `fields` (the working hours in `hours`, the favourites' picker in
`picker`)."""
