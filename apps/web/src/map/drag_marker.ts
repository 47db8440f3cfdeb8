/**
 * The candidate under the pointer while it is dragged: a DOM element over the map, moved with a CSS transform
 * to the pointer's exact pixel. Moving it draws no map frame, so the pointer never waits for the map.
 */
export class DragMarker {
  private readonly element: HTMLElement;

  constructor(container: HTMLElement, label: string, at: { x: number; y: number }) {
    this.element = document.createElement('div');
    this.element.className = 'drag-marker';
    this.element.dataset.testid = 'drag-marker';
    this.element.setAttribute('aria-hidden', 'true');
    this.element.textContent = label;
    this.moveTo(at);
    container.appendChild(this.element);
  }

  /** `at` in pixels from the map container's top left corner. */
  moveTo(at: { x: number; y: number }): void {
    this.element.style.transform = `translate(${at.x}px, ${at.y}px) translate(-50%, -50%)`;
  }

  remove(): void {
    this.element.remove();
  }
}
