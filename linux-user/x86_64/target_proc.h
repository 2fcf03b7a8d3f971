/* No target-specific /proc support */
