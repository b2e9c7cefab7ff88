x = (
  "a"
  .upper()
  .index("z")
)
