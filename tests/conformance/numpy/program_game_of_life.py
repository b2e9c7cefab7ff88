# A small whole program: Conway's game of life on a torus with np.roll, boolean logic and sums.
import numpy as np


def step(board):
    neighbours = np.zeros(board.shape, dtype=np.int64)
    for dy in (-1, 0, 1):
        for dx in (-1, 0, 1):
            if dy != 0 or dx != 0:
                neighbours += np.roll(np.roll(board, dy, axis=0), dx, axis=1)
    alive = board == 1
    born = (~alive) & (neighbours == 3)
    survive = alive & ((neighbours == 2) | (neighbours == 3))
    return (born | survive).astype(np.int64)


board = np.zeros((8, 8), dtype=np.int64)
board[1, 2] = 1
board[2, 3] = 1
board[3, 1:4] = 1
board[6, 5:8] = 1
for generation in range(6):
    print(f"generation {generation}: {board.sum()} alive, rows {board.sum(axis=1).tolist()}")
    board = step(board)
print(board)
print(repr(np.argwhere(board)))
