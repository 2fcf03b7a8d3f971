((c-mode . ((c-file-style . "stroustrup")
	    (indent-tabs-mode . nil))))
