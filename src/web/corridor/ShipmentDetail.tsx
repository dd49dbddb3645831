import { Button, Card, Col, Descriptions, Empty, Row, Space, Tag, Timeline, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { api } from '../core/api';
import { useRemote } from '../core/useRemote';
import { formatDateTime } from '../core/format';
import { DCSA_ZH, IATA_ZH } from '../../domain/corridor/events';
import { countryZh } from '../../domain/corridor/reference';
import type { ShipmentDetailOut } from '../../contracts/corridor';

// The response contract, type only: a zod value here would put zod in the page's chunk.
type Detail = ShipmentDetailOut;
type Place = Detail['places']['origin'];
interface Node {
  id: string;
  code: string;
  name: string;
  lat: number | null;
  lon: number | null;
}

/** Labels of nodes close together (the three Yubei nodes) stacked instead of drawn over each other. */
function labelled<T extends { cx: number; cy: number }>(points: T[]): (T & { ly: number })[] {
  const placed: { x: number; y: number }[] = [];
  return [...points]
    .sort((a, b) => a.cy - b.cy)
    .map((p) => {
      let ly = p.cy - 4;
      while (placed.some((q) => Math.abs(q.x - p.cx) < 70 && Math.abs(q.y - ly) < 13)) ly += 13;
      placed.push({ x: p.cx, y: ly });
      return { ...p, ly };
    });
}

/** A small equirectangular map of the network nodes and this shipment's path (no map tiles: works offline). */
function RouteMap({ nodes, links, path }: { nodes: Node[]; links: { fromNodeId: string; toNodeId: string; mode: string }[]; path: { lat: number; lon: number; label: string }[] }) {
  const pts = [...nodes.filter((n) => n.lat !== null), ...path];
  if (!pts.length) return null;
  const lats = pts.map((p) => p.lat as number);
  const lons = pts.map((p) => p.lon as number);
  const [minLat, maxLat, minLon, maxLon] = [Math.min(...lats) - 2, Math.max(...lats) + 2, Math.min(...lons) - 2, Math.max(...lons) + 2];
  const W = 520;
  const H = Math.max(220, Math.min(420, (W * (maxLat - minLat)) / Math.max(1, maxLon - minLon)));
  const x = (lon: number) => ((lon - minLon) / (maxLon - minLon)) * W;
  const y = (lat: number) => H - ((lat - minLat) / (maxLat - minLat)) * H;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  return (
    <svg viewBox={`0 0 ${W} ${H}`} style={{ width: '100%', background: '#f6f9fc', borderRadius: 6 }} data-testid="route-map">
      {links.map((l, i) => {
        const a = byId.get(l.fromNodeId);
        const b = byId.get(l.toNodeId);
        if (!a?.lat || !b?.lat) return null;
        return <line key={i} x1={x(a.lon!)} y1={y(a.lat)} x2={x(b.lon!)} y2={y(b.lat)} stroke="#bfbfbf" strokeDasharray={l.mode === 'sea' ? '4 3' : undefined} />;
      })}
      {path.length > 1 ? <polyline points={path.map((p) => `${x(p.lon)},${y(p.lat)}`).join(' ')} fill="none" stroke="#1677ff" strokeWidth={3} /> : null}
      {labelled(nodes.filter((n) => n.lat !== null).map((n) => ({ key: n.id, cx: x(n.lon!), cy: y(n.lat!), name: n.name }))).map((n) => (
        <g key={n.key}>
          <circle cx={n.cx} cy={n.cy} r={4} fill="#595959" />
          <line x1={n.cx} y1={n.cy} x2={n.cx + 6} y2={n.ly - 4} stroke="#d9d9d9" />
          <text x={n.cx + 6} y={n.ly} fontSize={11} fill="#595959">
            {n.name}
          </text>
        </g>
      ))}
      {path.map((p, i) => (
        <circle key={i} cx={x(p.lon)} cy={y(p.lat)} r={6} fill="none" stroke="#1677ff" strokeWidth={2} />
      ))}
    </svg>
  );
}

export default function ShipmentDetail({ id, onBack }: { id: string; onBack: () => void }) {
  const { t, i18n } = useTranslation();
  const zh = i18n.language.startsWith('zh');
  const detail = useRemote(() => api.get<Detail>(`/api/corridor/shipments/${id}`), [id]);
  const net = useRemote(() => api.get<{ nodes: Node[]; links: { fromNodeId: string; toNodeId: string; mode: string }[] }>('/api/corridor/nodes'), []);
  const d = detail.data;
  if (!d) return <Card loading />;
  const s = d.shipment;
  const path = [d.places.origin, { code: 'node', name: s.nodeName, lat: s.nodeLat, lon: s.nodeLon }, d.places.destination].filter((p): p is Place & { lat: number; lon: number } => p.lat !== null && p.lon !== null).map((p) => ({ lat: p.lat, lon: p.lon, label: p.name ?? p.code }));
  const codeName = (e: Detail['events'][number]) => (e.standard === 'iata' ? IATA_ZH[e.code] : DCSA_ZH[e.code]) ?? e.code;
  const milestones = [
    ...(s.passed_at ? [{ at: s.passed_at, label: `${t('corridor.ledger.passedAt')} · ${s.nodeName ?? ''}` }] : []),
    ...(s.arrived_at ? [{ at: s.arrived_at, label: t('corridor.shipment.arrived') }] : []),
    ...(s.released_at ? [{ at: s.released_at, label: t('corridor.shipment.released') }] : []),
  ];
  const timeline = [
    ...d.events.map((e) => ({ at: e.at, color: e.standard === 'iata' ? 'blue' : 'green', children: <span data-testid="event">{formatDateTime(e.at)} · <Tag>{e.standard.toUpperCase()} {e.code}</Tag>{zh ? codeName(e) : e.code} {e.location ?? ''}</span> })),
    ...milestones.map((m) => ({ at: m.at, color: 'gray', children: <span>{formatDateTime(m.at)} · {m.label}</span> })),
  ].sort((a, b) => (a.at < b.at ? -1 : 1));
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Button icon={<ArrowLeftOutlined />} onClick={onBack}>
          {t('corridor.shipment.back')}
        </Button>
        {/* The page's level-one heading (the ledger's own header is not shown with a shipment), at the size of a card title. */}
        <Typography.Title level={1} style={{ margin: 0, fontSize: 20 }} data-testid="shipment-title">
          {s.reference}
        </Typography.Title>
        {Number(s.version) > 1 ? <Tag>v{String(s.version)}</Tag> : null}
      </Space>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('corridor.shipment.legs')}>
            <Space wrap style={{ marginBottom: 12 }}>
              <Tag color="geekblue">{s.origin} {zh ? countryZh(String(s.origin).slice(0, 2)) : ''}</Tag>
              {s.mode.split('>').map((m, i) => (
                <Tag key={i} color="blue">→ {t(`corridor.modes.${m}`)} →</Tag>
              ))}
              <Tag color="geekblue">{s.destination} {zh ? countryZh(String(s.destination).slice(0, 2)) : ''}</Tag>
            </Space>
            <Descriptions size="small" column={2} bordered>
              <Descriptions.Item label={t('corridor.ledger.operator')}>{String(s.operatorName)}</Descriptions.Item>
              <Descriptions.Item label={t('corridor.ledger.direction')}>{t(`corridor.directions.${String(s.direction)}`)}</Descriptions.Item>
              <Descriptions.Item label={t('corridor.ledger.weight')}>{Number(s.weight_kg).toLocaleString('zh-CN')}</Descriptions.Item>
              <Descriptions.Item label="TEU">{s.teu === null ? '—' : String(s.teu)}</Descriptions.Item>
              <Descriptions.Item label={t('corridor.shipment.value')}>{Number(s.value_cny).toLocaleString('zh-CN')}</Descriptions.Item>
              <Descriptions.Item label={t('corridor.shipment.hs')}>{String(s.hs_code)}</Descriptions.Item>
              <Descriptions.Item label={t('corridor.ledger.filters.corridor')}>{s.via_corridor ? t('corridor.ledger.yes') : t('corridor.ledger.no')}</Descriptions.Item>
              <Descriptions.Item label={t('corridor.shipment.inspected')}>{s.inspected ? t('corridor.ledger.yes') : t('corridor.ledger.no')}</Descriptions.Item>
            </Descriptions>
          </Card>
          <Card size="small" title={t('corridor.shipment.events')} style={{ marginTop: 16 }}>
            {d.events.length ? null : <Typography.Text type="secondary">{t('corridor.shipment.noEvents')}</Typography.Text>}
            <Timeline style={{ marginTop: 12 }} items={timeline.map(({ color, children }) => ({ color, children }))} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('corridor.shipment.map')}>
            <RouteMap nodes={net.data?.nodes ?? []} links={net.data?.links ?? []} path={path} />
            {[d.places.origin, d.places.destination].filter((p) => p.lat === null).map((p) => (
              <Typography.Text key={p.code} type="secondary" style={{ display: 'block', fontSize: 12 }}>
                {p.code}: {t('corridor.shipment.noCoordinates')}
              </Typography.Text>
            ))}
          </Card>
          <Card size="small" title={t('corridor.shipment.versions')} style={{ marginTop: 16 }}>
            {d.versions.length ? (
              d.versions.map((v) => (
                <Descriptions key={v.seq} size="small" title={t('corridor.shipment.version', { v: v.version })} column={2}>
                  <Descriptions.Item label={t('corridor.ledger.weight')}>{String(v.data.weight_kg)}</Descriptions.Item>
                  <Descriptions.Item label={t('corridor.shipment.value')}>{String(v.data.value_cny)}</Descriptions.Item>
                  <Descriptions.Item label={t('corridor.figures.month')}>{String(v.data.month)}</Descriptions.Item>
                  <Descriptions.Item label="">{formatDateTime(v.replacedAt)}</Descriptions.Item>
                </Descriptions>
              ))
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('corridor.shipment.noVersions')} />
            )}
          </Card>
        </Col>
      </Row>
    </>
  );
}
