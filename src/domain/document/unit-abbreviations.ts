// Abbreviations of government bodies, as data. Each row lists spellings of one body, the first
// being the key every spelling is folded to.
/**
 * Long and short spellings of the same government bodies, for any district, county or city
 * (the place name before them is folded away: 黄浦区商务委员会 ↔ 区商务委). Data, not code: add a
 * row for a body whose spellings are not yet here. Documents mix the
 * official short form (区发展改革委), the colloquial one (区发改委) and the full name
 * (区发展和改革委员会); each row lists spellings of one body, the first being the key
 * everything is folded to. Longest spellings are replaced first.
 */
export const UNIT_ABBREVIATIONS: string[][] = [
  ['发展改革委', '发展和改革委员会', '发展改革委员会', '发改委'],
  ['经济信息委', '经济和信息化委员会', '经济信息化委员会', '经济和信息化委', '经信委'],
  ['人力社保局', '人力资源和社会保障局', '人力资源社会保障局', '人社局'],
  ['住房城乡建委', '住房和城乡建设委员会', '住房城乡建设委员会', '住房城乡建设委', '住建委'],
  ['规划自然资源局', '规划和自然资源局', '规划自然资源局', '规资局', '规自局'],
  ['生态环境局', '生态环境保护局', '环保局'],
  ['交通局', '交通运输局', '交通运输委员会', '交通委员会', '交委'],
  ['商务委', '商务委员会'],
  ['农业农村委', '农业农村委员会', '农业委员会', '农委'],
  ['市场监管局', '市场监督管理局'],
  ['大数据发展局', '大数据应用发展管理局', '大数据局'],
  ['科技局', '科学技术局', '科学技术委员会', '科委'],
  ['教委', '教育委员会'],
  ['卫生健康委', '卫生健康委员会', '卫生和健康委员会', '卫健委'],
  ['国资委', '国有资产监督管理委员会', '国有资产监管委'],
  ['文化旅游委', '文化和旅游发展委员会', '文化旅游发展委员会', '文化旅游委员会', '文旅委'],
  ['医保局', '医疗保障局'],
  ['应急局', '应急管理局'],
  ['城市管理局', '城管局'],
  ['政府外办', '人民政府外事办公室', '政府外事办公室', '政府外事办', '外事办公室', '外事办', '外办'],
  ['政府办', '人民政府办公室', '政府办公室'],
  ['金融办', '金融工作办公室'],
  ['网信办', '网络安全和信息化委员会办公室', '网信委办公室'],
  ['临空办', '临空经济示范区管理办公室', '临空经济区办公室'],
  ['退役军人事务局', '退役军人局'],
];

