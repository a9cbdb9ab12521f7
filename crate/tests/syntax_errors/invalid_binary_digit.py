mask = 0b1012
