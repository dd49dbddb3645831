// 节假日与调休: the workday calendar that due dates and reminders follow. Weekends are known;
// the office enters public holidays (non-working weekdays) and make-up working days (调休 on a
// weekend) per year, and saves the whole year at once (audited).
import { useEffect, useState } from 'react';
import { App as AntApp, type ButtonProps, Button, Card, DatePicker, Input, InputNumber, Segmented, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../core/api';
import { useUser } from '../core/auth';
import { useErrorText } from '../core/errors';
import { PageHeader } from '../core/PageHeader';
import { useRemote } from '../core/useRemote';
import { useUnsavedGuard } from '../core/useUnsavedGuard';
import type { CalendarDay, CalendarYear } from '../../contracts/delivery';


export default function CalendarPage() {
  const { t } = useTranslation();
  const { message, modal } = AntApp.useApp();
  const errorText = useErrorText();
  const user = useUser();
  const office = user.roles.some((r) => r === 'office' || r === 'admin');
  const [year, setYear] = useState(new Date().getFullYear());
  const remote = useRemote(() => api.get<CalendarYear>(`/api/calendar?year=${year}`), [year]);
  const [days, setDays] = useState<CalendarDay[]>([]);
  const [dirty, setDirty] = useState(false);
  useEffect(() => {
    setDays(remote.data?.days ?? []);
    setDirty(false);
  }, [remote.data]);
  // Days added or removed and not yet saved are not lost without asking: another page, the back
  // button, closing the tab, or another year (which loads that year's days over them).
  useUnsavedGuard(dirty, t('common.unsaved.calendar'));
  const pickYear = (y: number) => {
    if (y === year) return;
    if (!dirty) return setYear(y);
    modal.confirm({
      title: t('common.unsaved.title'),
      content: t('common.unsaved.content', { what: t('common.unsaved.calendar') }),
      okText: t('common.unsaved.leave'),
      cancelText: t('common.unsaved.stay'),
      okButtonProps: { danger: true, 'data-testid': 'unsaved-leave' } as ButtonProps,
      cancelButtonProps: { 'data-testid': 'unsaved-stay' } as ButtonProps,
      onOk: () => setYear(y),
    });
  };
  const [date, setDate] = useState<dayjs.Dayjs | null>(null);
  const [kind, setKind] = useState<'holiday' | 'workday'>('holiday');
  const [name, setName] = useState('');
  const change = (next: CalendarDay[]) => {
    setDays([...next].sort((a, b) => a.date.localeCompare(b.date)));
    setDirty(true);
  };
  const add = () => {
    if (!date) return;
    const d = date.format('YYYY-MM-DD');
    change([...days.filter((x) => x.date !== d), { date: d, kind, name: name.trim() || null }]);
    setDate(null);
  };
  const save = async () => {
    try {
      // The version read with the year: if someone saved it meanwhile the server answers 409 and says so.
      await api.put('/api/calendar', { year, days, version: remote.data?.version });
      message.success(t('delivery.saved'));
      await remote.reload();
    } catch (e) {
      message.error(errorText(e));
    }
  };
  return (
    <>
      <PageHeader title={t('delivery.calendar.title')} description={t('delivery.calendar.desc')} extra={<InputNumber value={year} min={2000} max={2100} onChange={(v) => v && pickYear(v)} addonBefore={t('delivery.matrix.year')} aria-label={t('delivery.matrix.year')} data-testid="calendar-year" />} />
      {office && (
        <Card size="small" style={{ marginBottom: 16 }}>
          <Space wrap>
            <DatePicker value={date} onChange={setDate} data-testid="calendar-date" />
            <Segmented value={kind} onChange={(v) => setKind(v as 'holiday' | 'workday')} options={[{ value: 'holiday', label: t('delivery.calendar.holiday') }, { value: 'workday', label: t('delivery.calendar.workday') }]} />
            <Input placeholder={t('delivery.calendar.name')} value={name} onChange={(e) => setName(e.target.value)} style={{ width: 180 }} data-testid="calendar-name" />
            <Button onClick={add} disabled={!date} data-testid="calendar-add">{t('delivery.calendar.add')}</Button>
            <Button type="primary" onClick={save} disabled={!dirty} data-testid="calendar-save">{t('delivery.calendar.save', { year })}</Button>
            {dirty && <Typography.Text type="warning">{t('delivery.calendar.unsaved')}</Typography.Text>}
          </Space>
        </Card>
      )}
      <Card size="small">
        <Table<CalendarDay>
          size="small"
          rowKey="date"
          loading={remote.loading}
          dataSource={days}
          pagination={false}
          locale={{ emptyText: t('delivery.calendar.empty') }}
          columns={[
            { title: t('delivery.calendar.date'), dataIndex: 'date', width: 130 },
            { title: t('delivery.calendar.weekday'), key: 'wd', width: 80, render: (_, r) => dayjs(r.date).format('ddd') },
            { title: t('delivery.calendar.kind'), dataIndex: 'kind', width: 120, render: (k: string) => <Tag color={k === 'holiday' ? 'red' : 'blue'}>{t(`delivery.calendar.${k}`)}</Tag> },
            { title: t('delivery.calendar.name'), dataIndex: 'name', render: (v: string | null) => v ?? '' },
            ...(office ? [{ title: '', key: 'x', width: 80, render: (_: unknown, r: CalendarDay) => <Button size="small" type="link" danger onClick={() => change(days.filter((x) => x.date !== r.date))}>{t('delivery.calendar.remove')}</Button> }] : []),
          ]}
        />
      </Card>
    </>
  );
}
