"""Undoable edits (QUndoCommand) the editors push onto their undo stacks."""
