// The Hubline mark: a hub with four routes leaving it (air, rail, water, road).
export function LogoMark({ size = 32 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="7" fill="#1f6fe0" />
      <path d="M16 16 L6 7 M16 16 L26 7 M16 16 L6 25 M16 16 L26 25" stroke="#ffffff" strokeOpacity="0.55" strokeWidth="2" strokeLinecap="round" />
      <circle cx="6" cy="7" r="2.2" fill="#9cc6ff" />
      <circle cx="26" cy="7" r="2.2" fill="#9cc6ff" />
      <circle cx="6" cy="25" r="2.2" fill="#9cc6ff" />
      <circle cx="26" cy="25" r="2.2" fill="#9cc6ff" />
      <circle cx="16" cy="16" r="5" fill="#ffffff" />
      <circle cx="16" cy="16" r="2.2" fill="#1f6fe0" />
    </svg>
  );
}
