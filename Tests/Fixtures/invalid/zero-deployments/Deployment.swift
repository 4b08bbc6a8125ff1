import DSL

let name = "nothing declared"
print(name.count)
