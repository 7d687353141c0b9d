"""What backbreak keeps on disk between runs (the break history: `history_store`).

Nothing here knows where files live: callers pass paths from `backbreak.paths.Paths`.
"""
