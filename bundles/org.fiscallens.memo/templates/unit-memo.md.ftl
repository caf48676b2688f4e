<#--
  单位审核意见（审核意见）。FreeMarker 模板，输出 Markdown；DOCX、HTML 由 Markdown 生成。
  约定：# 为文件标题，## 一级标题（黑体），### 二级标题（楷体），--- 另起一页，
  <div class="letterhead"> 为红头，<div class="signature"> 为落款（右对齐）。
  数据：memo（见 README.md）。${...} 中的值会自动转义，不会破坏表格。
-->
<#assign cn = ["一", "二", "三", "四", "五", "六", "七", "八"]>
<#assign section = 0>
<div class="letterhead">${memo.organ}</div>

# 关于${memo.unitName}${memo.years}年度部门${memo.kinds}公开情况的审核意见<#if memo.draft>（草稿）</#if>

${memo.unitName}：

根据预决算公开的有关规定，我厅对你单位公开的${memo.years}年度部门${memo.kinds}信息进行了审核。现将审核意见告知如下。

## ${cn[section]}、审核范围<#assign section++>

审核人：${memo.reviewer}；审核日期：${memo.date}。本次审核的公开文件 ${memo.documents?size} 份：

| 文件 | 年度 | 类别 | 已公开表格 | 缺少的必备表格 | 未能识别的内容 |
|---|:-:|:-:|---|---|:-:|
<#list memo.documents as d>
| ${d.name} | ${d.year?c} | ${d.scope}${d.kind} | ${d.tables?join("、")} | <#if d.complete>无<#else>${d.missingTables?join("、")}</#if> | ${d.diagnostics} 处 |
</#list>

## ${cn[section]}、审核发现的问题<#assign section++>

<#if memo.toCorrect == 0>
经审核，未发现需要整改的问题。
<#else>
经审核，共发现需要整改的问题 ${memo.toCorrect} 个，其中错误 ${memo.errors} 个、警告 ${memo.warnings} 个<#if memo.infos gt 0>、提示 ${memo.infos} 个</#if><#if memo.manual?has_content>、人工审核发现 ${memo.manual?size} 个</#if>。<#if memo.draft && memo.pending gt 0>其中 ${memo.pending} 个尚待审核确认，已标注“待审”。</#if>按严重程度排列如下：
</#if>

<#list memo.findings as f>
### ${f.number}．【${f.severity}】${f.title}<#if f.pending>（待审）</#if>

位置：${f.document}公开文件，${f.where}。

<#if f.hasValues>
比对数值：应为 ${f.expected}，实为 ${f.actual}<#if f.difference?has_content>，相差 ${f.difference}</#if>。

</#if>
问题描述：${f.message}

<#if f.rationale?has_content>
审核依据：${f.rationale}

</#if>
<#list f.comments as c>
审核人意见：${c}

</#list>
</#list>
<#if memo.roundingTails gt 0>
另有尾数误差 ${memo.roundingTails} 处（金额由元换算为万元时四舍五入所致，在允许范围内<#if memo.roundingTables?has_content>，涉及${memo.roundingTables?join("、")}</#if>），不作为问题，无需整改。

</#if>
<#if memo.manual?has_content>
## ${cn[section]}、人工审核发现的问题<#assign section++>

<#list memo.manual as f>
### ${f.number}．【${f.severity}】${f.message}<#if f.pending>（待审）</#if>

位置：${f.document}公开文件，${f.where}。

<#list f.comments as c>
审核人意见：${c}

</#list>
</#list>
</#if>
## ${cn[section]}、整改要求<#assign section++>

<#if memo.toCorrect gt 0>
请你单位对上述 ${memo.toCorrect} 个问题逐项核实，更正相关公开表格和情况说明后重新公开，并于**${memo.dueDate}前**将整改情况书面报送我厅。<#if memo.corrected gt 0>此前已整改的 ${memo.corrected} 个问题不再列出。</#if>
<#else>
请你单位继续做好预决算公开工作。<#if memo.corrected gt 0>此前发现的 ${memo.corrected} 个问题已整改。</#if>
</#if>

<div class="signature">${memo.organ}<br>${memo.date}</div>

<#if memo.showDismissed && memo.dismissed?has_content>
---

## 附件：已驳回的疑点（${memo.dismissed?size} 个）

| 序号 | 疑点 | 位置 | 驳回理由 |
|:-:|---|---|:-:|
<#list memo.dismissed as f>
| ${f.number} | ${f.message} | ${f.where} | ${f.dismissReason} |
</#list>
</#if>
