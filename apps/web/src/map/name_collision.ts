/** A name's box on screen (pixels, centred on x, y) and how much it matters: the higher priority keeps its place. */
export interface NameBox {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  priority: number;
}

/**
 * The names to hide so that no two shown names overlap (boxes grown by `paddingPx` on every side): names are taken
 * by falling priority, and one is shown only if it is clear of every name shown before it. Ties go to the id.
 *
 * @example overlappedNames([{ id: 'a', x: 0, y: 0, width: 50, height: 10, priority: 2 }, { id: 'b', x: 20, y: 0, width: 50, height: 10, priority: 1 }], 0) // Set {'b'}
 */
export function overlappedNames(boxes: readonly NameBox[], paddingPx: number): Set<string> {
  const order = [...boxes].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : 1));
  const shown: NameBox[] = [];
  const hidden = new Set<string>();
  for (const box of order) {
    const clear = shown.every(
      (s) =>
        Math.abs(s.x - box.x) * 2 >= s.width + box.width + 4 * paddingPx ||
        Math.abs(s.y - box.y) * 2 >= s.height + box.height + 4 * paddingPx,
    );
    if (clear) shown.push(box);
    else hidden.add(box.id);
  }
  return hidden;
}
