"""The Streamlit workbench pages. Thin: every computation lives in the core or ``db``."""
