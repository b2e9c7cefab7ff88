'name' = 5
