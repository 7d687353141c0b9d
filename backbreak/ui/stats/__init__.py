"""The statistics window (`window.StatsWindow`), one module per chart beside it."""
