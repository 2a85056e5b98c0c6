import { xmlLegal } from '../../domain/text/safe-text';

/**
 * Runs `make` with every text and attribute under `root` holding only XML-legal characters, then
 * puts back what it changed (unless the page has changed it since). The PNG library serialises
 * the DOM as XML inside an SVG image: one control character in a name would make that image fail.
 */
export async function withXmlLegalText<T>(root: Element, make: () => Promise<T>): Promise<T> {
  const undo: (() => void)[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node: Node | null = root; node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node as Text;
      const original = text.data;
      const legal = xmlLegal(original);
      if (legal === original) continue;
      text.data = legal;
      undo.push(() => {
        if (text.data === legal) text.data = original;
      });
    } else {
      const element = node as Element;
      for (const { name, value } of [...element.attributes]) {
        const legal = xmlLegal(value);
        if (legal === value) continue;
        element.setAttribute(name, legal);
        undo.push(() => {
          if (element.getAttribute(name) === legal) element.setAttribute(name, value);
        });
      }
    }
  }
  try {
    return await make();
  } finally {
    for (const step of undo.reverse()) step();
  }
}
