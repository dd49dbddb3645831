// The organisation both seed documents presuppose: Chongqing, Yubei District and its
// functional areas, the five national logistics hub types of the hub-zone guidance,
// and the units whose names the documents abbreviate (so the importer can match them).
import type { UnitInput, ZoneInput } from '../../contracts/org';

export const seedZones: (ZoneInput & { parentCode?: string })[] = [
  { code: 'chongqing', name: '重庆市', nameEn: 'Chongqing', level: 'city' },
  { code: 'yubei', name: '渝北区', nameEn: 'Yubei District', level: 'district', parentCode: 'chongqing', hubType: 'airport' },
  { code: 'yubei-linkong', name: '临空经济示范区', nameEn: 'Airport Economy Demonstration Zone', level: 'functional_area', parentCode: 'yubei', hubType: 'airport' },
  { code: 'yubei-konggang', name: '空港新城', nameEn: 'Konggang New City', level: 'functional_area', parentCode: 'yubei', hubType: 'airport' },
  { code: 'yubei-xiantao', name: '仙桃数据谷', nameEn: 'Xiantao Data Valley', level: 'functional_area', parentCode: 'yubei', hubType: 'trade_service' },
  { code: 'yubei-luoqi', name: '洛碛物流城', nameEn: 'Luoqi Logistics City', level: 'functional_area', parentCode: 'yubei', hubType: 'seaport' },
  { code: 'yubei-gulu', name: '古路站片区', nameEn: 'Gulu Station Area', level: 'functional_area', parentCode: 'yubei', hubType: 'dry_port' },
  { code: 'yubei-corridor', name: '创新经济走廊', nameEn: 'Innovation Economy Corridor', level: 'functional_area', parentCode: 'yubei', hubType: 'production_service' },
];

export const seedUnits: (UnitInput & { zoneCode?: string })[] = [
  { name: '区商务委', type: 'department', zoneCode: 'yubei', aliases: ['渝北区商务委员会', '区商务委员会'], nameEn: 'District Commerce Commission' },
  { name: '区交通局', type: 'department', zoneCode: 'yubei', aliases: ['区交通运输局'], nameEn: 'District Transport Bureau' },
  { name: '区发展改革委', type: 'department', zoneCode: 'yubei', aliases: ['区发改委', '区发展和改革委员会'], nameEn: 'District Development and Reform Commission' },
  { name: '区经济信息委', type: 'department', zoneCode: 'yubei', aliases: ['区经信委'], nameEn: 'District Economy and Information Commission' },
  { name: '区人力社保局', type: 'department', zoneCode: 'yubei', aliases: ['区人社局'], nameEn: 'District Human Resources and Social Security Bureau' },
  { name: '临空经济示范区公司', type: 'company', zoneCode: 'yubei-linkong', nameEn: 'Airport Economy Zone Company' },
  { name: '空港经济公司', type: 'company', zoneCode: 'yubei-konggang', nameEn: 'Konggang Economy Company' },
  { name: '空港新城公司', type: 'company', zoneCode: 'yubei-konggang', nameEn: 'Konggang New City Company' },
  { name: '仙桃数据谷公司', type: 'company', zoneCode: 'yubei-xiantao', nameEn: 'Xiantao Data Valley Company' },
  { name: '创新经济走廊公司', type: 'company', zoneCode: 'yubei-corridor', nameEn: 'Innovation Corridor Company' },
  { name: '洛碛码头建设指挥部', type: 'project_hq', zoneCode: 'yubei-luoqi', nameEn: 'Luoqi Wharf Construction HQ' },
  { name: '古路镇', type: 'town', zoneCode: 'yubei-gulu', nameEn: 'Gulu Town' },
  { name: '洛碛镇', type: 'town', zoneCode: 'yubei-luoqi', nameEn: 'Luoqi Town' },
  { name: '机场海关', type: 'external_agency', zoneCode: 'yubei', aliases: ['重庆江北机场海关'], nameEn: 'Airport Customs' },
  { name: '重庆机场集团相关单位', type: 'company', zoneCode: 'yubei', aliases: ['重庆机场集团'], nameEn: 'Chongqing Airport Group units' },
];
