"""State shown through dynamic properties (``busy``, ``invalid``…) that style.qss reads."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

__all__ = ["set_style_property"]


def set_style_property(widget: QWidget, name: str, value: object) -> None:
    """Set a dynamic style property and re-apply the style sheet when it changed.

    Qt reads dynamic properties in style sheets only when a widget is polished, so a change
    needs an unpolish/polish round to show.
    """
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    if not widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        return  # not styled yet: the first polish (when shown) reads the new value
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
