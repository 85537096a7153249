import type { messages as en } from '../en/issue.ts';

export const messages: Record<keyof typeof en, string> = {
  'issue.empty-file': '{file} 中没有数据行。请重新导出数据，或选择其他文件。',
  'issue.header-only': '{file} 只有表头，没有数据行。',
  'issue.binary-file': '{file} 是{what}，不是数据表。请打开 CSV、Excel（.xlsx 或 .xls）、Parquet、Arrow 或 JSON 文件。',
  'issue.unreadable': '无法读取 {file}。请确认它是完整的 CSV、Excel、Parquet、Arrow 或 JSON 文件。',
  'issue.unsupported-format': '无法读取 {file} 的格式。请另存为 .xlsx、.xls 或 CSV 后再打开。',
  'issue.unsupported-type':
    '{file} 中的“{column}”列是 {type} 类型，无法按每行一个单元格显示。请在导出前将其转换为文本。',
  'issue.truncated-file': '{file} 似乎不完整或已损坏。请重新导出或下载。',
  'issue.encoding-detected':
    '{file} 不是 UTF-8 编码，已按 {encoding} 读取。如果文字显示异常，请在“解析选项”中选择文件的编码。',
  'issue.encoding-uncertain':
    '{file} 不是 UTF-8 编码，且无法确定其编码：已按 {encoding} 读取，但按 {alternatives} 读取同样说得通。如果预览中的姓名等文字不对（例如日文或繁体中文被显示成毫不相干的简体字），请选择文件的编码。',
  'issue.encoding-invalid':
    '{file} 不是有效的 {encoding}（第 {lines} 行）；无法识别的字符显示为 �。请在“解析选项”中选择文件的编码，或将文件另存为 UTF-8。',
  'issue.encrypted-workbook':
    '{file} 设置了打开密码，内容已加密。请用密码在 Excel 中打开，取消密码（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码），保存后打开该副本。',
  'issue.xlsb-workbook':
    '{file} 是 Excel 二进制工作簿（.xlsb），Churnscope 无法读取。请在 Excel 中另存为“Excel 工作簿（.xlsx）”或 CSV 后再打开。',
  'issue.ods-workbook':
    '{file} 是 OpenDocument 电子表格（.ods，来自 LibreOffice、WPS 或 Google 表格），Churnscope 无法读取。请另存或下载为 .xlsx 或 CSV 后再打开。',
  'issue.old-excel-version':
    '{file} 是 Excel 5.0/95 工作簿，早于 Churnscope 可读取的 Excel 97–2003 .xls。请在 Excel 或 LibreOffice 中另存为 .xlsx 或 CSV 后再打开。',
  'issue.hidden-sheets':
    '{file} 有 {count} 个隐藏工作表（{sheets}）未打开；已读取工作表“{sheet}”。如需读取隐藏工作表，请按名称选择。',
  'issue.several-tables': '{file} 含有 {count} 个表格；已读取行数最多的一个（第 {table} 个，{rows} 行）。',
  'issue.encoding-mixed':
    '{file} 混用了多种编码：第 {gbLines} 行为 GBK/GB18030，另有 {utf8Lines} 行为 UTF-8。已逐行按各自编码解码；如有可能，请将文件另存为 UTF-8。',
  'issue.repeated-header':
    '{file} 在第 {rows} 行重复了表头：看起来是多份导出文件首尾拼接而成。该行被当作数据读取（多出一位以首列列名为名的客户，数值和日期列中出现文字）。请删除重复的表头行，确认各部分没有重叠后重新打开文件。',
  'issue.stray-bom':
    '{file} 第 {rows} 行开头有字节顺序标记（BOM，文件开头的不可见字符）：似乎有另一个文件从这里拼接进来，该行第一个值以这个不可见字符开头。请将各部分另存为一个文件后重新打开。',
  'issue.unclosed-quote': '{file} 中的引号格式有误。请修正这些行，或更换分隔符。',
  'issue.ragged-rows': '{file} 中有 {count} 行的字段数不是 {width}。字段不足的行已用空单元格补齐。请检查分隔符。',
  'issue.blank-lines': '已跳过 {count} 个空行。',
  'issue.blank-header': '表头中有 {count} 列没有名称（第 {positions} 列），已命名为 column_N。',
  'issue.duplicate-header': '有 {count} 个列名重复，已重命名：{renamed}。',
  'issue.headers-differ': '{file} 的列与 {first} 不同：{difference}。请只把结构相同的文件一起打开。',
  'issue.too-many-columns': '数据共有 {count} 列，预览只显示前 200 列，全部列都会保留。',
  'issue.columns-over-limit':
    '{file} 的列数超过 {limit} 列，这是一张表最多能有的列数（与 Excel 相同）。请删除不需要的列，或按列拆分文件后重新打开。',
  'issue.cell-over-limit':
    '{file}，第 {row} 行第 {column} 列：一个值长达 {length} 个字符，超过单元格的上限（{limit} 个字符，与 Excel 相同）。这么长的值通常意味着某个引号没有闭合：请检查该单元格附近的引号，或缩短该值。',
  'issue.sheet-cell-over-limit':
    '{file} 的工作表“{sheet}”，单元格 {cell}：一个值长达 {length} 个字符，超过单元格的上限（{limit} 个字符，与 Excel 相同）。请缩短该值，或在不需要时删除该列。',
  'issue.cells-over-limit':
    '{file} 的单元格（行 × 列）超过 {limit} 个：在第 {row} 行超出上限（{columns} 列时最多 {rowsAllowed} 行）。未加载任何数据。请筛选行（例如限定某个时间段）或删除不需要的列，再打开较小的文件。',
  'issue.part-over-limit':
    '{file} 未被解压：其中的部件 {part} 解压后将占 {size} MB，超过单个部件的上限 {limit} MB。请把需要的工作表另存为单独的工作簿，或导出为 CSV。',
  'issue.part-ratio-over-limit':
    '{file} 未被解压：其中的部件 {part} 解压后将膨胀 {ratio} 倍（最多允许 {limit} 倍），这正是“压缩炸弹”的构造方式。请在 Excel 中打开原工作簿重新保存，或把工作表导出为 CSV。',
  'issue.part-size-misstated':
    '{file} 未被解压：其中的部件 {part} 解压后超过其头部声明的 {size} 字节，这正是“压缩炸弹”隐藏大小的方式。解压已在此处停止。请在 Excel 中打开原工作簿重新保存，或把工作表导出为 CSV。',
  'issue.cell-beyond-grid':
    '{file} 的工作表“{sheet}”中有一个位于 {cell} 的单元格，超出了 Excel 的表格范围（最后一列为 XFD，最后一行为 1,048,576）。该文件不是由 Excel 写出的或已损坏：请在 Excel 中打开并重新保存。',
  'issue.not-typed':
    '“{column}”看起来是{type}，但有 {count} 个单元格不符，因此保留为{kept}。可将其转换为{type}，这些单元格将变为空值。',
  'issue.invalid-cells': '“{column}”中有 {count} 个单元格不是{type}，已置为空值。',
  'issue.ambiguous-date-order':
    '“{column}”中的日期无法判断是日在前还是月在前。请选择日期顺序；在此之前该列按文本保留。',
  'issue.nulls': '“{column}”中有 {count} 个空单元格。',
  'issue.duplicate-ids': '“{column}”中有 {count} 行重复了已出现的客户 ID。',
  'issue.id-spelling-variants':
    '“{column}”中有 {count} 个客户 ID 有多种写法，仅大小写、首尾空格或全角/半角不同（如 Ｃ００１ 与 C001，共 {spellings} 种写法）。在流失定义下勾选“合并仅大小写、空格或全角/半角不同的 ID”之前，每种写法都算作一位单独的客户。',
  'issue.ids-merged':
    '“{column}”中 {count} 个客户 ID 的 {spellings} 种仅大小写、首尾空格或全角/半角不同的写法已合并：每个 ID 算作一位客户。',
  'issue.negative-values': '“{column}”中有 {count} 个负值，通常是退货或取消。',
  'issue.returns-only-customers': '有 {count} 位客户截至截止日期只有退货或取消、没有购买，未计为客户。',
  'issue.future-dates':
    '“{column}”中有 {count} 个日期晚于今天（{today}），通常是 9999-12-31 之类的占位值或年份录入错误。它们不会成为默认截止日期，也不计入数据的日期范围；截止日期之后的日期一律不计：那时的购买不算活动，那时的流失日期还不算流失。',
  'issue.ancient-dates':
    '“{column}”中有 {count} 个日期不晚于 1900 年 1 月 1 日，通常是表示“未知”的占位值。它们按未知日期处理：不计入数据的日期范围，带这种日期的交易不进入客户表。',
  'issue.constant-column': '“{column}”每一行的值都相同，无法解释客户之间的差异。',
  'issue.formula-like': '“{column}”中有 {count} 个单元格以电子表格公式的形式开头。它们按文本保留，不会被计算。',
  'issue.cancelled': '已取消加载，未做任何更改。',
  'issue.build-cancelled': '已取消构建客户表。修改流失定义或列角色即可重新构建。',
  'issue.analysis-cancelled': '已取消本次分析；之前的结果（如有）保持不变。',
  'issue.dataset-lost': '为停止处理，引擎已重新启动，但无法再次读取 {name}（文件是否已移动或修改？）。请重新打开它。',
  'issue.engine-stopped':
    '引擎在处理时停止了（其线程已结束，最常见的原因是内存不足）。之前打开的数据会保留，正在重新打开。如果是在打开文件时发生的，该文件可能超出了此浏览器可用的内存：请只打开其中较小的一部分（较少的行或列，例如只取一个时间段），或关闭其他标签页后重试。',
  'issue.engine-stopped-lost':
    '引擎在重新打开 {name} 时再次停止，因此已关闭 {name}。请重新打开它；如果引擎仍然停止，该文件可能超出了此浏览器可用的内存。',
  'issue.unknown-dataset': '该数据集已关闭，请重新打开文件。',
  'issue.unknown-column': '没有名为“{column}”的列。',
  'issue.attribute-needs-rule':
    '“{column}”在 {customers} 位客户中有 {count} 位的各行取值不同，每位客户没有唯一的值。请在旁边选择规则：最新值、最常见的值或不同值的个数。',
  'issue.sheet-missing': '{file} 中没有名为“{sheet}”的工作表；现有工作表：{sheets}。',
  'issue.unknown-analysis': '没有名为“{kind}”的分析。',
  'issue.no-customer-table': '尚未生成客户表：请先确认列角色和流失定义。',
  'issue.role-missing': '需要一个角色为 {role} 的列：请在列角色面板中把该角色指定给类型合适的列。',
  'issue.invalid-definition': '流失定义无效，请检查其设置。',
  'issue.sql-not-supported': '暂不能为{what}生成 SQL：在这些设置下，此分析只能在浏览器中运行。',
  'issue.projection-period': '周期长度必须大于 0 天。',
  'issue.projection-no-durations': '没有任何客户有可用于拟合生存曲线的时长。',
  'issue.projection-columns': '“{period}”和“{alive}”必须是数据中的数值列。',
  'issue.projection-too-short': '“{period}”必须从 0 开始，且至少有 3 个周期。',
  'issue.projection-too-few-periods':
    '数据只在 {last} 个完整周期（每期 {days} 天）内能看到流失，拟合至少需要 2 个。请选择更短的周期（例如按月）。',
  'issue.projection-fit-periods': '请用 2 到 {last} 个周期拟合（数据的周期为 0 到 {last}）。',
  'issue.projection-horizon': '预测期数不能少于拟合的周期数。',
  'issue.projection-not-fitted': '无法用这些周期拟合模型（存活比例必须下降，且至少需要两个周期）。',
  'issue.projection-cohort-size': '队列规模必须是大于 0 的客户数。',
  'issue.revenue-option':
    '收入变动：“{value}”不是有效的 {option}。周期可选月、季度或年；预警窗口为 1 至 60 个月；预警降幅须大于 0 且不超过 100 %。',
  'issue.revenue-bridge-period': '“{period}”不是收入桥中的周期：请在 {first} 至 {last} 之间选择。',
  'issue.value-score-column': '“{column}”是{type}列，价值评分只能使用数值列或是/否列，请改选数值列。',
  'issue.customer-value-options':
    '客户价值设置超出范围：{option} = {value}。权重须不小于 0 且至少一项大于 0；毛利率须在 −1 到 1 之间；分层界点须为递增且不超过 1 的两个占比；头部占比和权重变动幅度须在 0 到 1 之间；每个评分列只能选一次，并须指定方向和标准化方式。',
  'issue.quadrant-options':
    '象限设置超出范围：{option} = {value}。阈值可为中位数、数值、0 到 1 之间的头部占比（风险）或 20/80 规则（价值）；象限名称须为四个。',
  'issue.quadrant-source-missing':
    '象限读取“{column}”，但该列尚未为此客户表生成（价值评分需先在“客户价值”中选择评分列）：请先生成，或改选其他风险或价值来源。',
  'issue.quadrant-nothing-placed':
    '没有客户同时具有风险和价值（{noRisk} 位没有风险，{noValue} 位没有价值）：请改选其他列。',
  'issue.invalid-as-of': '截止日期“{value}”不是 YYYY-MM-DD 格式的日期。',
  'issue.as-of-after-data':
    '截止日期 {asOf} 晚于数据的最后日期（{to}）：此后所有客户都没有活动，按不活跃定义的流失会被高估。请选择 {from} 至 {to} 之间的日期。',
  'issue.as-of-before-data':
    '截止日期 {asOf} 早于数据的最早日期（{from}）：当时还没有客户。请选择 {from} 至 {to} 之间的日期。',
  'issue.invalid-rules': '预警规则无效，请检查其设置。',
  'issue.flag-unknown': '“{column}”中有 {count} 位客户的流失标记为空或无法识别，按未流失计算。',
  'issue.flag-one-two':
    '“{column}”只有 1 和 2 两个值，已按 R survival 的状态编码读取：2 = 已流失（{twos} 位客户），1 = 仍是客户（{ones} 位）。如果在您的数据中 1 表示流失，请把该列改编码为 是/否 或 1/0。',
  'issue.flag-all-churned':
    '所有有流失标记的客户（{count} 位）都被算作已流失：“{column}”只有 {examples}，都读作“是”。请确认这是流失标记列，以及它如何编码流失。',
  'issue.flag-none-churned':
    '没有客户被算作已流失：“{column}”只有 {examples}，都读作“否”。请确认这是流失标记列，以及它如何编码流失。',
  'issue.partial-window-too-long':
    '按 {months} 个月计算部分流失，要把最近 {months} 个完整月与之前 {months} 个月比较（共 {needed} 个月），但截止日期前的数据只有 {available} 个月（{from} 至 {to}）。请最多选择 {most} 个月。',
  'issue.impossible-date-serial':
    '{file} 的工作表“{sheet}”中有 {count} 个单元格设为日期格式，但其中的数字不是日期（为负数或晚于 9999-12-31，Excel 显示为 #####）：{cells}。它们按数字保留，因此在所在列中计为无效值；请在工作簿中更正。',
  'issue.internal-error':
    '由于 Churnscope 出现内部故障（内部错误 {error}），无法读取 {file}。之前的数据保持不变。请连同文件类型和大小报告此问题；将文件另存为 CSV 可能可以绕过。',
  'issue.ids-scientific':
    '“{column}”中有 {count} 个客户 ID 像是被 Excel 改写成科学计数法的数字（第 {rows} 行：{examples}）：末尾几位已丢失，不同客户可能共用一个 ID。请将 ID 以文本形式重新导出（保存前将该列设为“文本”格式）。',
  'issue.negative-tenure':
    '“{column}”中有 {count} 个负的在网时长（第 {rows} 行）：时长不可能小于零（常见原因是两个日期相减的顺序颠倒）。它们按未知时长处理；请在文件中更正。',
  'issue.json-syntax':
    '{file} 在第 {line} 行第 {column} 列不是有效的 JSON：该处可能缺少或多出逗号、引号或括号。请修正，或重新导出文件。',
  'issue.json-not-records':
    '{file} 中第 {record} 条记录不是带字段名的对象。Churnscope 读取 JSON 记录数组（如 [{"id": 1}, {"id": 2}]）或每行一条记录（JSON Lines）。',
  'issue.json-too-deep':
    '{file} 中第 {record} 条记录的字段“{field}”嵌套过深，无法作为一个单元格保存。请在导出前将其展开。',
  'issue.clv-needs-log':
    '客户终身价值模型要读取每位客户随时间的购买记录：请载入交易流水（客户、日期、金额），而不是订阅快照这类每位客户一行的数据。',
  'issue.customer-table-computed-elsewhere':
    '这是一张客户表：每位客户一行（共 {count} 行），在别处计算得出（由本应用生成的 SQL 算出，或从本应用导出）。下面的角色按列名给出；订单数、频次、最近度、T 和客单价按已算好的值读取。需要逐笔购买记录的分析会说明原因。',
  'issue.aggregate-computed-elsewhere':
    '此文件是在别处算好的汇总结果：本应用的 SQL 为「{aggregate}」返回的计数（{count} 行），而不是交易流水或客户表。请添加该分析，它将根据这些计数绘制。其他分析需要交易流水或客户表。',
  'issue.aggregate-needs-log':
    '此文件只含在别处算好的「{aggregate}」计数。此分析需要交易流水或客户表，请打开其中之一。',
  'issue.aggregate-invalid':
    '此「{aggregate}」汇总结果的列 {column} 不是本应用的 SQL 写出的样子（数字或日期）。请打开查询写出的原文件，不要修改。',
  'issue.customer-table-needs-log':
    '此分析要读取每位客户随时间的购买记录，而这是一张在别处计算好的客户表：每位客户一行，不含购买记录。请打开交易流水本身；RFM 和收入变动也可以打开本应用的 SQL 从流水算出的汇总结果（npm run cli -- sql {kind}）。',
  'issue.clv-invalid-option':
    '{option}超出范围：预测期须大于 0，折现率不小于 0（0 %），毛利率在 0 到 1 之间（0–100 %）。',
  'issue.clv-calibration-end':
    '校准期截止日“{calibrationEnd}”必须是 {from} 至 {to}（截止日期）之间的日期（YYYY-MM-DD）。',
  'issue.clv-calibration-too-short':
    '校准期从 {from} 到 {end}，只有 {days} 天；模型至少需要 {minimum} 天，客户才有时间再次购买。请选择更晚的校准期截止日。',
  'issue.clv-too-few-repeat-buyers':
    '到 {end} 为止只有 {repeatBuyers} 位客户再次购买；模型至少需要 {minimum} 位复购客户，才能估计购买频率和流失时点。请选择更晚的校准期截止日，或载入更多客户。',
  'issue.clv-fit-at-bound':
    '拟合到 {end} 的模型中 {parameter} 跑到了取值范围的边界：这些购买记录无法说明客户如何流失（期间太短，几乎所有人都还在购买）。因此不给出数值。请选择更晚的校准期截止日，或选截止日期本身，用全部数据拟合（不留验证期）。',
  'issue.clv-not-converged':
    '拟合到 {end} 的模型迭代 {iterations} 次后仍未收敛（{reason}）。因此不给出数值；请换用另一个模型或另一个校准期截止日。',
  'issue.not-a-workbook':
    '{file} 是 zip 压缩包，但不是 .xlsx 工作簿（{what}）。请在 Excel 或 LibreOffice 中另存为 .xlsx 或 CSV 后再打开。',
  'issue.risk-invalid-option':
    '流失风险模型的设置“{option}”超出范围：C 须大于 0，折数为 2 到 20，测试集占比为 0 到 90 %，随机种子为整数，标签窗口至少 1 天，树深度为 1 到 20，叶节点最少 1 位客户，平滑系数大于 0。',
  'issue.risk-feature-is-label': '“{column}”就是流失标签本身，模型不能用它来学习。请把它从特征中去掉。',
  'issue.risk-no-features':
    '没有可用于建模的列：每一列都是编号、日期、标签，或只有流失后才知道的信息。请在数据中加入客户属性，或手动选择特征。',
  'issue.risk-cox-temporal':
    'Cox 模型从客户的在网时长中学习何时流失，而不是从截止日期之后的标签中学习：请将截止日期留空，或改选其他模型。',
  'issue.risk-cutoff-needs-log': '截止日期用于按时间切分交易流水；这份数据每位客户只有一行，请将截止日期留空。',
  'issue.risk-window-past-data':
    '标签需要截止日期 {cutoff} 之后 {windowDays} 天的数据，而数据在 {asOf} 结束：请选择 {from} 至 {latest} 之间的截止日期。',
  'issue.risk-test-cutoff-overlap':
    '训练标签取截止日期 {cutoff} 之后 {windowDays} 天，越过了测试截止日期 {testCutoff}：请选择不晚于 {latest} 的训练截止日期。',
  'issue.risk-holdout-empty':
    '留出“{column}”为“{value}”的客户后，测试集有 {test} 位、训练集有 {train} 位客户：两者都不能为空。',
  'issue.risk-too-few-churners':
    '训练集中有 {churners} 位流失客户和 {others} 位未流失客户；{folds} 折交叉验证要求两类各至少 {folds} 位。',
  'issue.clusters-features': '请至少选择一个用于聚类的特征（例如在网时长和费用）。',
  'issue.clusters-feature-type':
    '“{column}”是{type}类型的列，不能作为聚类特征：请选择数值（消费、在网时长、使用量）或类别。',
  'issue.clusters-k': 'k 必须是 2 到 {max} 之间的整数，且范围须由小到大。',
  'issue.clusters-too-few':
    '只有 {customers} 位客户的各项特征都有值（{leftOut} 位有缺失），不足以分成 {k} 个簇。请减少簇数，或选择缺失较少的特征。',
  'issue.rfm-bins': 'RFM 评分的分档数应为 {min} 到 {max}，而不是 {bins}。',
  'issue.rfm-score-map':
    '分群规则表无效：每条规则需要一个不重复的代码，R、F、M 的范围须为 1 到 {scale} 之间的整数且下限在前（最多 24 条规则）。请检查第 {rule} 条规则。',
  'issue.rfm-compare-as-of': '对比日期 {compareAsOf} 必须早于截止日期 {asOf}：分群迁移是从较早日期对比到截止日期。',
  'issue.drivers-invalid-option': '流失驱动因素的 {option} 应为 {range}。',
  'issue.drivers-no-features':
    '没有可以作为驱动因素排名的列：每一列都是编号、日期、流失标签或只有流失后才知道的信息。请在数据中加入属性列，或选择特征。',
  'issue.drivers-factor-column':
    '客户表中没有可用来给决策因素评分的数值列“{column}”：请选择一个数值型的调查列，或手动输入评分。',
  'issue.reasons-none':
    '{churned} 位已流失客户在“{column}”中都没有流失原因：请确认“原因”角色指定在说明客户为何离开的那一列。',
  'issue.reasons-value-column': '“{column}”不是数值列：流失收入需要对月费或 CLTV 等数值求和。',
  'issue.reasons-option':
    '流失原因：分隔符最多 16 个标点字符（如 ; , |），每种类型下列出的原因为 1 到 20 个，非自愿类型须取自流失类型列表。',
  'issue.retention-source-unavailable':
    '无法为此客户表读取{what}来源“{source}”：请换一个来源（模型的流失风险、1 − 存活概率、客户终身价值、历史价值或数值列；风险列须为 0–1 或 0–100）。',
  'issue.retention-invalid-option': '设置 {option} 超出范围：概率和比例在 0 到 1 之间，成本和倍数不小于 0。',
  'issue.retention-no-customers': '没有客户同时具有流失风险和价值（{missing} 位缺少其一）：请选择其他来源。',
  'issue.retention-quadrant-missing':
    '价值-风险象限尚未划分客户：请先添加一个价值-风险象限单元格（或选择“所有客户”）。',
  'issue.retention-treatment': '列“{column}”须把客户分成收到优惠的一组和对照组：请选择一列，以及表示“收到优惠”的取值。',
  'issue.invalid-selection': '无法读取这一客户选择：其中的流失状态、分箱或选择类型在客户表中不存在。',
  'issue.selection-column-missing':
    '查看这个数字背后的客户需要 {kind} 分析添加的列“{column}”：请重新运行该分析（客户表重建后不含此类列）。',
};
