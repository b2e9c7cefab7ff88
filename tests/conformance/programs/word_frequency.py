# Word frequency count over a text: string cleanup, dict counting, sorting by count then word.
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""
words = []
for raw in text.split():
    word = raw.strip(".,;:!?").lower()
    if word:
        words.append(word)
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(len(words), len(counts))
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, count in top[:8]:
    print(f"{word:<12}{count:>3}")
lengths = {}
for w in counts:
    lengths.setdefault(len(w), []).append(w)
for length in sorted(lengths):
    print(length, sorted(lengths[length]))
print(max(counts, key=lambda w: (len(w), w)), "".join(w[0] for w in words[:12]))
