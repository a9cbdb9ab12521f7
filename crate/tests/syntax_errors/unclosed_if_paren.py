if (x:
    pass
