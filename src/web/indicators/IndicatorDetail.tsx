export default function IndicatorDetail(_: { id: string; zoneId: string | null; onBack: () => void }) {
  return null;
}
