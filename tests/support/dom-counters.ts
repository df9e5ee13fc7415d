// Counters on a document, to check how much of a page our code reads (counted, not timed).

/** Counts every node a TreeWalker of doc hands out, to prove the gate's sampling is bounded. */
export function countWalkerSteps(doc: Document): { steps: () => number } {
  let steps = 0;
  const create = doc.createTreeWalker.bind(doc);
  doc.createTreeWalker = ((...args: Parameters<Document['createTreeWalker']>) => {
    const walker = create(...args);
    const next = walker.nextNode.bind(walker);
    walker.nextNode = () => {
      steps++;
      return next();
    };
    return walker;
  }) as Document['createTreeWalker'];
  return { steps: () => steps };
}
