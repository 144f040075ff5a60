print("regie")
