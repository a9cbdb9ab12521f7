# A learner copies a signature and forgets to rename one parameter.
def area(width, height, width):
    return width * height


print(area(2, 3, 4))
