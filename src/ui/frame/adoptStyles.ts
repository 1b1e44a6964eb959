/**
 * Adds a lazily loaded chunk's stylesheet to the page. Importing the CSS as text keeps
 * Vite's CSS-preload helper out of the first-paint bundle.
 */
export function adoptStyles(css: string): void {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
}
