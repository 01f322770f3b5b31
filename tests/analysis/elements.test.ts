import { describe, expect, it } from 'vitest';
import { parseModel, parseText } from '../../src/pipeline.js';
import { paragraph, type DocModel } from '../../src/model.js';

describe('公文 elements', () => {
  it('reads 版头, 文号, a title over three lines, 主送, 落款, 附注 and 版记', async () => {
    const t = await parseText([
      '某县人民政府办公室文件', '', '某政办发〔2024〕7号', '', '某县人民政府办公室', '关于印发某县2024年政务公开', '工作要点的通知', '',
      '各乡镇人民政府，县直各部门：', '现将《某县2024年政务公开工作要点》印发给你们，请认真贯彻落实。',
      '附件：1．某县2024年政务公开工作要点', '2．任务分工表', '某县人民政府办公室', '2024年3月5日', '（此件公开发布）',
      '某县2024年政务公开工作要点', '一、重点任务', '1.做好公开工作。（县政府办牵头负责）',
      '抄送：县委办公室，县人大常委会办公室，', '县政协办公室。', '某县人民政府办公室  2024年3月6日印发',
    ].join('\n'));
    expect(t.document).toMatchObject({
      docNumber: '某政办发〔2024〕7号', docNumberParts: { prefix: '某政办发', year: 2024, serial: 7 },
      issuer: '某县人民政府办公室', title: '某县人民政府办公室关于印发某县2024年政务公开工作要点的通知',
      planTitle: '某县2024年政务公开工作要点', date: '2024-03-05', planYear: 2024,
      recipients: ['各乡镇人民政府', '县直各部门'], publicity: '此件公开发布', draft: false,
      attachments: ['某县2024年政务公开工作要点', '任务分工表'],
      cc: ['县委办公室', '县人大常委会办公室', '县政协办公室'], printed: { by: '某县人民政府办公室', date: '2024-03-06' },
    });
    expect(t.tasks).toHaveLength(1);
    expect(t.diagnostics.filter((d) => d.rule.startsWith('doc-number'))).toEqual([]);
  });

  it('keeps a cited 文号 out of docNumber and lists it as a reference with its title', async () => {
    const t = await parseText('2022年某市政务公开工作要点\n根据《某省人民政府办公厅关于印发某省2022年政务公开工作要点的通知》（某政办发〔2022〕3号）要求，制定本要点。');
    expect(t.document.docNumber).toBeNull();
    expect(t.document.references).toEqual([{ docNumber: '某政办发〔2022〕3号', title: '某省人民政府办公厅关于印发某省2022年政务公开工作要点的通知', source: { line: 2 } }]);
  });

  it('flags a draft and a 文号 that is not well-formed', async () => {
    const t = await parseText('某政办发[2024]7号\n2024年某市政务公开工作要点\n（征求意见稿）');
    expect(t.document.draft).toBe(true);
    expect(t.document.title).toBe('2024年某市政务公开工作要点');
    expect(t.diagnostics.find((d) => d.rule === 'doc-number-malformed')?.message).toContain('某政办发〔2024〕7号');
  });

  it('takes a centred line under the 文号 as the title when nothing else names it', () => {
    const model: DocModel = {
      format: 'docx', diagnostics: [],
      blocks: [
        paragraph('XXX〔2023〕X号', { paragraph: 1 }, { align: 'center' }),
        paragraph('测试公文标题', { paragraph: 2 }, { align: 'center' }),
        paragraph('正文。', { paragraph: 3 }),
      ],
    };
    const t = parseModel(model);
    expect(t.document.title).toBe('测试公文标题');
    expect(t.document.docNumber).toBe('XXX〔2023〕X号');
    expect(t.diagnostics.map((d) => d.rule)).toContain('doc-number-malformed');
  });
});

describe('more 公文 layouts', () => {
  it('reads recipients wrapped over two lines', async () => {
    const t = await parseText('某政办发〔2024〕7号\n关于做好政务公开工作的通知\n各乡（镇）人民政府，县直各单位，\n县属各企业：\n现将有关事项通知如下。');
    expect(t.document.recipients).toEqual(['各乡（镇）人民政府', '县直各单位', '县属各企业']);
  });
  it('keeps an abbreviated list of offices (各委、办、局) as one recipient', async () => {
    const t = await parseText('沪府办发〔2025〕17号\n关于做好政务公开工作的通知\n各区人民政府，市政府各委、办、局，各有关单位：\n现将有关事项通知如下。');
    expect(t.document.recipients).toEqual(['各区人民政府', '市政府各委、办、局', '各有关单位']);
  });
});

// Layouts seen in real notices (wording from the Shanghai, 平潭 and 南昌 notices of the dev corpus).
describe('title, issuer, 文号 and date by layout and wording', () => {
  const body = '一、主要目标\n到2027年，建设高端医疗器械产业集聚区3个。（责任单位：市经济信息化委）';

  it('takes a title standing above its 文号, and the plan it transmits as planTitle', async () => {
    const t = await parseText([
      '上海市人民政府办公厅关于印发《上海市促进高端医疗器械产业全链条发展行动方案》的通知', '沪府办发〔2025〕17号',
      '各区人民政府，市政府各委、办、局，各有关单位：', '《上海市促进高端医疗器械产业全链条发展行动方案》已经市政府同意，现印发给你们，请认真按照执行。',
      '上海市人民政府办公厅', '2025年9月4日', '上海市促进高端医疗器械产业全链条发展行动方案', body,
    ].join('\n'));
    expect(t.document).toMatchObject({
      docNumber: '沪府办发〔2025〕17号', issuer: '上海市人民政府办公厅', issuers: ['上海市人民政府办公厅'], date: '2025-09-04',
      title: '上海市人民政府办公厅关于印发《上海市促进高端医疗器械产业全链条发展行动方案》的通知',
      planTitle: '上海市促进高端医疗器械产业全链条发展行动方案',
    });
    expect(t.headings.map((h) => h.title)).toEqual(['主要目标']);
  });

  it('joins a title broken after 关于印发 and inside 《》, and the plan title over two lines', async () => {
    const t = await parseText([
      '岚综管办〔2021〕18号', '平潭综合实验区管委会办公室关于印发', '《平潭综合实验区“国企提升发展年”', '行动方案》的通知',
      '各片区管理局，区直各单位，各区属事业单位，各区属国企：', '《平潭综合实验区“国企提升发展年”行动方案》已经区党工委第9次委员会议研究通过，现予以印发，请遵照执行。',
      '平潭综合实验区管委会办公室', '2021年3月29日', '平潭综合实验区“国企提升发展年”', '行动方案', body,
    ].join('\n'));
    expect(t.document).toMatchObject({
      docNumber: '岚综管办〔2021〕18号', issuer: '平潭综合实验区管委会办公室', date: '2021-03-29',
      title: '平潭综合实验区管委会办公室关于印发《平潭综合实验区“国企提升发展年”行动方案》的通知',
      planTitle: '平潭综合实验区“国企提升发展年”行动方案',
    });
  });

  it('joins a title broken inside 《》 before the year range', async () => {
    const t = await parseText('关于印发《上海市脑机接口未来产业培育行动方案\n（2025-2030年）》的通知\n沪科〔2025〕5号\n各有关区人民政府：\n特此通知。\n上海市科学技术委员会\n2025年1月10日\n' + body);
    expect(t.document).toMatchObject({
      title: '关于印发《上海市脑机接口未来产业培育行动方案（2025-2030年）》的通知', docNumber: '沪科〔2025〕5号',
      issuer: '上海市科学技术委员会', date: '2025-01-10', planTitle: '上海市脑机接口未来产业培育行动方案（2025-2030年）',
    });
  });

  it('reads X印发《关于…的若干意见》 as a notice title with its issuer', async () => {
    const t = await parseText('上海市人民政府办公厅印发《关于进一步深化改革创新 加快科技服务业高质量发展的若干意见》\n沪府办发〔2025〕11号\n各区人民政府：\n' + body);
    expect(t.document.title).toBe('上海市人民政府办公厅印发《关于进一步深化改革创新加快科技服务业高质量发展的若干意见》');
    expect(t.document.issuer).toBe('上海市人民政府办公厅');
  });

  it('lists every issuer of a joint notice, the first as issuer', async () => {
    const t = await parseText([
      '关于印发《上海市加快食品科技创新赋能产业发展行动方案（2026—2030年）》的通知', '沪科合〔2025〕42号', '各有关区人民政府，市政府有关委、办、局，各有关单位:',
      '特此通知。', '上海市科学技术委员会', '上海市经济和信息化委员会', '上海市商务委员会', '上海市农业农村委员会', '上海市卫生健康委员会', '上海市市场监督管理局',
      '  2025年12月22日', body,
    ].join('\n'));
    expect(t.document.issuers).toEqual(['上海市科学技术委员会', '上海市经济和信息化委员会', '上海市商务委员会', '上海市农业农村委员会', '上海市卫生健康委员会', '上海市市场监督管理局']);
    expect(t.document.issuer).toBe('上海市科学技术委员会');
    expect(t.document.date).toBe('2025-12-22');
  });

  it('lists joint issuers named in front of the title', async () => {
    const t = await parseText('上海市科学技术委员会 上海市财政局关于印发《上海市科技创新券管理办法》的通知\n沪科规〔2023〕7号\n各有关单位：\n' + body);
    expect(t.document.issuers).toEqual(['上海市科学技术委员会', '上海市财政局']);
    expect(t.document.title).toBe('上海市科学技术委员会上海市财政局关于印发《上海市科技创新券管理办法》的通知');
  });

  it('takes the 文号 after its label in a metadata block, label and letter-spacing removed; no metadata line is the title', async () => {
    const t = await parseText([
      '索 引 号：11350128MB1957426P/2023-00045', '发布机构：平潭综合实验区管委会办公室', '文    号  岚综管办〔2023〕12号', '成文日期：2023年4月3日',
      '发布日期：2023-04-06', '平潭综合实验区管委会办公室关于印发2023年全区政务公开工作要点的通知', '各片区管理局，区直各单位：', body,
    ].join('\n'));
    expect(t.document).toMatchObject({
      docNumber: '岚综管办〔2023〕12号', issuer: '平潭综合实验区管委会办公室', date: '2023-04-03',
      title: '平潭综合实验区管委会办公室关于印发2023年全区政务公开工作要点的通知',
    });
    expect(t.document.references).toEqual([]);
  });

  it('takes the 文号 from a PDF line where letter-spacing was taken out (文号X政办〔2023〕1号)', async () => {
    const t = await parseText('文号洪经管办发〔2023〕6号\n关于印发《2023年经开区政务公开工作要点》的通知\n' + body);
    expect(t.document.docNumber).toBe('洪经管办发〔2023〕6号');
    expect(t.document.docNumberParts).toEqual({ prefix: '洪经管办发', year: 2023, serial: 6 });
  });

  it('takes the metadata table of a web page as metadata, not as a task table', () => {
    const cell = (text: string) => ({ blocks: [paragraph(text, { paragraph: 1 })], rowSpan: 1, colSpan: 1 });
    const model: DocModel = {
      format: 'html', diagnostics: [],
      blocks: [
        { kind: 'table', source: { paragraph: 1 }, rows: [
          [cell('索引号'), cell('000014349/2023-00012'), cell('主题分类'), cell('政务公开')],
          [cell('发文机关'), cell('南昌经济技术开发区管理委员会办公室'), cell('成文日期'), cell('2023年08月02日')],
          [cell('标题'), cell('关于印发《2023年经开区政务公开工作要点》的通知'), cell('发文字号'), cell('洪经管办发〔2023〕6号')],
        ] },
        paragraph('关于印发《2023年经开区政务公开工作要点》的通知', { paragraph: 2 }),
        paragraph('临空经济区(空港新城)事务中心，各镇人民政府：', { paragraph: 3 }),
        paragraph('一、深化政务信息公开工作', { paragraph: 4 }),
      ],
    };
    const t = parseModel(model);
    expect(t.document).toMatchObject({
      docNumber: '洪经管办发〔2023〕6号', issuer: '南昌经济技术开发区管理委员会办公室', date: '2023-08-02',
      title: '关于印发《2023年经开区政务公开工作要点》的通知',
    });
  });

  it('reads a 文号 that shares its line with the 签发人', async () => {
    const t = await parseText('某县人民政府文件\n某政发〔2024〕12号' + '　'.repeat(30) + '签发人：张三\n某县人民政府关于2024年政务公开工作情况的报告\n某市人民政府：\n' + body);
    expect(t.document).toMatchObject({ docNumber: '某政发〔2024〕12号', issuer: '某县人民政府', title: '某县人民政府关于2024年政务公开工作情况的报告' });
  });

  it('takes a bare plan title ending in a year range, and never a column header', async () => {
    const plan = await parseText('北京市政务公开工作重点任务分工(2016-2020年)\n一、推进行政权力运行全流程公开\n1.积极推进本市行政程序立法进程。\n牵头单位:市政府法制办');
    expect(plan.document.title).toBe('北京市政务公开工作重点任务分工(2016-2020年)');
    const header = await parseText('工作任务\n|\n具体要求\n|\n责任科室\n|\n时限要求');
    expect(header.document.title).toBeNull();
  });

  it('takes a 发文机关标志 naming two offices as the issuers', async () => {
    const t = await parseText('中共某县县委办公室\n某县人民政府办公室\n文件\n某委办发〔2024〕3号\n关于做好2024年政务公开工作的通知\n各乡镇：\n' + body);
    expect(t.document.issuers).toEqual(['中共某县县委办公室', '某县人民政府办公室']);
  });
});

describe('a title that is its 文种 alone or nearly (会议纪要, 通知)', () => {
  it.each([
    ['the issuer over 会议纪要, then a form', '山东省人民检察院\n会议纪要\n会议时间：    年    月     日\n会议名称：', '山东省人民检察院会议纪要', '山东省人民检察院'],
    ['通知 at the top', '通知\n各科室：\n定于3月5日召开政务公开工作会议，请准时参加。\n办公室\n2024年3月1日', '通知', '办公室'],
    ['督办函 under its issuer', '某县人民政府办公室\n督办函\n县财政局：\n请于3月底前报送办理情况。', '某县人民政府办公室督办函', '某县人民政府办公室'],
  ])('%s', async (_, text, title, issuer) => {
    const t = await parseText(text);
    expect([t.document.title, t.document.issuer]).toEqual([title, issuer]);
  });

  it.each([
    ['a title that names its matter', '通知\n关于做好2024年政务公开工作的通知\n各乡镇：\n现将有关事项通知如下。', '关于做好2024年政务公开工作的通知'],
    ['a plan title', '通知公告\n2024年某市政务公开工作要点\n一、重点任务', '2024年某市政务公开工作要点'],
    ['the metadata block\'s 标题', '标题：关于召开政务公开工作会议的安排\n会议纪要\n会议时间：3月5日', '关于召开政务公开工作会议的安排'],
    ['nothing: a channel name is no title', '通知公告\n各科室：\n请准时参加。', null],
    ['nothing: a kind further down is a label', '各科室：\n请准时参加。\n意见', null],
  ])('yields to %s', async (_, text, title) => {
    expect((await parseText(text)).document.title).toBe(title);
  });

  it('the real 山东省人民检察院 会议纪要 form (Word)', async () => {
    const { parseFile } = await import('../../src/pipeline.js');
    const t = await parseFile('fixtures/real/12_docx_sdjcy-huiyi-jiyao-form.docx');
    expect(t.document).toMatchObject({ title: '山东省人民检察院会议纪要', issuer: '山东省人民检察院', docNumber: null, date: null, recipients: [] });
    expect(t.tasks).toEqual([]);
  });
});

describe('joint issuers in every format', () => {
  it('splits the 落款 of a joint notice whose gap a PDF took out', async () => {
    const { parseFile } = await import('../../src/pipeline.js');
    const t = await parseFile('fixtures/variants/pdf-signature.pdf');
    expect(t.document.issuers).toEqual(['某市人民政府办公室', '某市司法局']);
    expect(t.document.issuer).toBe('某市人民政府办公室');
  });
});

describe('a 公文处理笺 (processing form) names the notice it comes with', () => {
  it('takes 来文文号, 来文单位 and 公文标题 from the real OFD form; its 收文日期 is not the 成文日期', async () => {
    const { parseFile } = await import('../../src/pipeline.js');
    const t = await parseFile('fixtures/real/02_ofd_gongwen-chulijian-fubanzhuandu-stamps.ofd');
    expect(t.document).toMatchObject({
      docNumber: '府办专督〔2020〕24号', issuer: '市人民政府办公室', title: '市委主要领导同志调研后续落实事项的通知', date: null,
    });
    expect(t.tasks).toEqual([]);
  });
});
