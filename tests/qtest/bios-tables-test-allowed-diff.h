/* List of comma-separated changed AML files to ignore */
