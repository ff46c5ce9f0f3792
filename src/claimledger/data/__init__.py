"""Data files (word lists, gazetteer additions) with their sources noted inside each file."""
