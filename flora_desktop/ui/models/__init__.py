"""Thin Qt item models fed by set_rows()."""
