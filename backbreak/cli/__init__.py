"""The command line: parsing, the socket client, and commands that need no running app."""
