"""Format readers: each turns the bytes of one file type into text, one paragraph a line."""
