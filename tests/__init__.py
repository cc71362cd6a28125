"""FLORA Desktop's test suite; its folders mirror flora_desktop/."""
