<#--
  检查情况通报（地区或全省）。FreeMarker 模板，输出 Markdown；DOCX、HTML 由 Markdown 生成。
  约定同 unit-memo.md.ftl。数据：summary、charts（图表文件名：charts.category、charts.region，无数据时没有）。
-->
<#assign p = summary.progress>
<div class="letterhead">${summary.organ}</div>

# 关于${summary.scopeName}${summary.years}年度部门${summary.kinds}公开检查情况的通报<#if summary.draft>（草稿）</#if>

<#if summary.province>各市财政局，省直各部门<#else>${summary.scopeName}各有关单位</#if>：

按照预决算公开检查工作安排，我厅对${summary.scopeName}${summary.units}个单位公开的${summary.documents}份部门${summary.kinds}文件进行了审核。现将检查情况通报如下。

## 一、总体情况

本次共审核单位 ${summary.units} 个、公开文件 ${summary.documents} 份。<#if summary.reported == 0>经审核，未发现需要整改的问题。<#else>经审核，${summary.unitsWithFindings} 个单位存在问题，共 ${summary.reported} 个，其中错误 ${summary.errors} 个、警告 ${summary.warnings} 个、提示 ${summary.infos} 个<#if summary.draft && summary.pending gt 0>（含尚待审核确认的 ${summary.pending} 个）</#if>。</#if><#if summary.roundingTails gt 0>另有尾数误差 ${summary.roundingTails} 处，系金额单位换算所致，不作为问题。</#if>

## 二、问题分类情况

<#if summary.byCategory?has_content>
| 问题类别 | 错误 | 警告 | 提示 | 合计 | 涉及单位 |
|---|--:|--:|--:|--:|--:|
<#list summary.byCategory as r>
| ${r.name} | ${r.errors} | ${r.warnings} | ${r.infos} | ${r.total} | ${r.units} |
</#list>
| 合计 | ${summary.errors} | ${summary.warnings} | ${summary.infos} | ${summary.reported} | ${summary.unitsWithFindings} |

</#if>
<#if charts.category??>
![图1 ${summary.categoryChart.title}](${charts.category})

</#if>
## 三、分地区情况

<#if summary.byRegion?has_content>
| 地区 | 错误 | 警告 | 提示 | 合计 | 涉及单位 |
|---|--:|--:|--:|--:|--:|
<#list summary.byRegion as r>
| ${r.name} | ${r.errors} | ${r.warnings} | ${r.infos} | ${r.total} | ${r.units} |
</#list>

<#else>
各地区均未发现需要整改的问题。

</#if>
<#if charts.region??>
![图2 ${summary.regionChart.title}](${charts.region})

</#if>
<#if summary.topRules?has_content>
## 四、主要问题

从审核情况看，出现较多的问题是：

| 序号 | 问题 | 类别 | 出现次数 | 涉及单位 |
|:-:|---|---|--:|--:|
<#list summary.topRules as r>
| ${r?counter} | ${r.title} | ${r.category} | ${r.count} | ${r.units} |
</#list>

</#if>
<#if summary.topUnits?has_content>
## 五、问题较多的单位

| 序号 | 单位 | 地区 | 错误 | 警告 | 提示 | 合计 |
|:-:|---|---|--:|--:|--:|--:|
<#list summary.topUnits as u>
| ${u?counter} | ${u.unit} | ${u.region} | ${u.errors} | ${u.warnings} | ${u.infos} | ${u.total} |
</#list>

</#if>
## 六、审核进度

截至${summary.date}，规则共提示疑点 ${p.findings} 个（不含尾数误差），已确认 ${p.confirmed} 个、驳回 ${p.dismissed} 个、已整改 ${p.corrected} 个、待审 ${p.open} 个，已处理 ${p.decidedPercent}%。单位审核状态：已审 ${p.unitsDone} 个、审核中 ${p.unitsInProgress} 个、未审 ${p.unitsNotStarted} 个。

## 七、工作要求

请存在问题的单位按照我厅的审核意见逐项整改，更正后重新公开，并将整改情况书面报送我厅。各单位要举一反三，提高预决算公开的完整性和准确性。

<div class="signature">${summary.organ}<br>${summary.date}</div>
