import { screen, waitFor } from '@testing-library/preact';

/**
 * A panel section once it acts on the user: sections that need the user read keep their place
 * while it loads (`data-awaiting`), so finding the region alone can find the placeholder.
 */
export async function readyRegion(name: string, timeout = 3_000): Promise<HTMLElement> {
  return waitFor(() => {
    const region = screen.getByRole('region', { name });
    if (region.hasAttribute('data-awaiting')) throw new Error(`${name} still waits for the user read`);
    return region;
  }, { timeout });
}
