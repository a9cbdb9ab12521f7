# Names in other scripts than ASCII, as Python reads them.
café = 1
π = 3.14
имя = "x"
変数 = 2
print(café, π, имя, 変数)
