x = (
  [1]
  .pop()
  .bar()
)
