export function run(
  how: { url: string; connections: number; amount?: number; duration?: number; headers?: Record<string, string> },
  onStop?: (stop: () => void) => void,
): Promise<{ times: number[]; non2xx: number; errors: number; duration: number }>;
