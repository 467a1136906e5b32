/**
 * A list that holds each distinct value once (equal as JSON): `indexOf` adds a value the first
 * time and returns its index, so that a table can refer to it by number. The hosting manifest's
 * header sets and the server's answers are such lists.
 */
export function internedList<Value>() {
  const items: Value[] = [];
  const indexes = new Map<string, number>();
  const indexOf = (value: Value): number => {
    const key = JSON.stringify(value);
    let index = indexes.get(key);
    if (index === undefined) {
      index = items.push(value) - 1;
      indexes.set(key, index);
    }
    return index;
  };
  return { items, indexOf };
}
