"""Display labels for the exercise library's words (body regions, positions, equipment), in
one place: the settings window, the statistics window and anything else that names them
show the same words, translated once (context "Labels")."""

from __future__ import annotations

from backbreak.core.translate import tr


def region_label(region: str) -> str:
    """A body region's name, translated when it is one the exercise library knows; another
    (a pack's own) is shown as written, capitalised."""
    # Literal tr() calls, so Qt's lupdate finds them; built when asked, never kept (the
    # language can change while the app runs).
    known = {
        "neck": tr("Labels", "Neck"),
        "shoulders": tr("Labels", "Shoulders"),
        "upper back": tr("Labels", "Upper back"),
        "mid back": tr("Labels", "Mid back"),
        "lower back": tr("Labels", "Lower back"),
        "chest": tr("Labels", "Chest"),
        "whole spine": tr("Labels", "Whole spine"),
        "hips": tr("Labels", "Hips"),
        "arms": tr("Labels", "Arms"),
    }
    return known.get(region, region[:1].upper() + region[1:])


def position_label(position: str) -> str:
    """Where an exercise is done, as a choice reads: "Seated", "Against a wall"..."""
    known = {
        "seated": tr("Labels", "Seated"),
        "standing": tr("Labels", "Standing"),
        "wall": tr("Labels", "Against a wall"),
        "all fours": tr("Labels", "On all fours"),
        "kneeling": tr("Labels", "Kneeling"),
        "lying": tr("Labels", "Lying down"),
    }
    return known.get(position, position[:1].upper() + position[1:])


def equipment_label(equipment: str) -> str:
    """A piece of equipment an exercise needs."""
    known = {
        "chair": tr("Labels", "Chair"),
        "wall": tr("Labels", "Wall"),
        "mat": tr("Labels", "Mat"),
        "block or roller": tr("Labels", "Block or roller"),
    }
    return known.get(equipment, equipment[:1].upper() + equipment[1:])
