using System.Text.RegularExpressions;
using CodingAudit.Domain.Claims;
using CodingAudit.Domain.Documentation.Context;
using CodingAudit.Domain.Documentation.Extraction;
using CodingAudit.Domain.Documentation.Terminology;
using CodingAudit.Domain.Documentation.Text;
using CodingAudit.Domain.Findings;

namespace CodingAudit.Domain.Documentation;

/// <summary>
/// Compares a claim's codes with its clinical note and reports each discrepancy as a <see cref="Finding"/> whose
/// evidence is the sentence (and its offsets in <see cref="ClaimForReview.NoteText"/>) that supports or contradicts it.
/// </summary>
/// <remarks>
/// A diagnosis the lexicon has no concept for is not judged (no finding), nor is a procedure without procedure phrases:
/// silence there means "not checked", never "supported". A claim without a note gets no documentation findings.
/// Dollar amounts are left to the fee-schedule step.
/// </remarks>
public sealed partial class DocumentationCheck : IClaimCheck
{
    private readonly INoteAnalyser analyser;
    private readonly TerminologyLexicon lexicon;
    private readonly EmTimeThresholds em;
    private readonly HashSet<string> knownProcedures;
    private readonly HashSet<string> timedCodes;
    private readonly HashSet<string> minorCodes;

    public DocumentationCheck(INoteAnalyser analyser, DocumentationKnowledge knowledge)
    {
        ArgumentNullException.ThrowIfNull(analyser);
        ArgumentNullException.ThrowIfNull(knowledge);
        this.analyser = analyser;
        lexicon = knowledge.Lexicon;
        em = knowledge.EmThresholds;
        knownProcedures = knowledge.ProcedurePhrases.Select(p => p.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        timedCodes = knowledge.ProcedurePhrases.Where(p => p.Timed).Select(p => p.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        minorCodes = knowledge.ProcedurePhrases.Where(p => p.Minor).Select(p => p.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The check with the rules-based analyser over <paramref name="knowledge"/>.</summary>
    public DocumentationCheck(DocumentationKnowledge knowledge) : this(new RuleBasedNoteAnalyser(knowledge), knowledge)
    {
    }

    public string Name => "documentation";

    public IReadOnlyList<Finding> Check(ClaimForReview claim, IReadOnlyList<ClaimForReview> sameDay)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var text = claim.NoteText;
        if (string.IsNullOrWhiteSpace(text)) return [];
        var analysis = analyser.Analyse(text);
        var findings = new List<Finding>();
        CheckDiagnoses(claim, analysis, findings);
        CheckMissed(claim, analysis, findings);
        // An E/M that modifier 25 cannot separate from the procedure is not payable at any level, so its level is
        // not judged on top of that finding.
        var separable = !CheckModifier25(claim, analysis, findings);
        CheckEm(claim, analysis, findings, separable);
        CheckProcedures(claim, analysis, findings);
        CheckTimedUnits(claim, analysis, findings);
        return findings;
    }

    private const string GuidelinesVersion = "ICD-10-CM Official Guidelines for Coding and Reporting FY2024";

    private void CheckDiagnoses(ClaimForReview claim, NoteAnalysis analysis, List<Finding> findings)
    {
        var id = claim.Claim.Id;
        var outpatient = claim.Claim.Type == ClaimType.Professional;
        // A procedure or therapy note without an assessment takes its diagnoses from the order or plan of care, so a
        // diagnosis it does not mention is not judged there; one it negates still is.
        var documentsDiagnoses = analysis.HasAssessment || claim.Claim.Lines.Any(l => em.IsOfficeVisit(l.Code));
        foreach (var code in claim.Claim.Diagnoses.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var concepts = lexicon.ConceptsSupporting(code);
            if (!concepts.Any(IsCurated)) continue;
            var ids = concepts.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
            var mentions = analysis.Mentions.Where(m => ids.Contains(m.ConceptId)).ToList();
            // The assessment is the note's last word: where it speaks of the condition, its statements decide
            // ("chest pain?" in the complaint, "no chest pain today" in the assessment).
            var assessed = mentions.Where(m => m.Sentence.Section == SectionKind.AssessmentPlan).ToList();
            if (assessed.Count > 0 && assessed.All(m => m.Assertion != Assertion.Affirmed)
                && assessed.Any(m => m.Assertion != Assertion.Hypothetical))
                mentions = assessed;
            var affirmed = mentions.Where(m => m.Assertion == Assertion.Affirmed || (!outpatient && m.Assertion == Assertion.Uncertain)).ToList();
            if (affirmed.Count > 0)
            {
                CheckSpecificity(claim, analysis, code, concepts, affirmed, findings);
                continue;
            }
            var label = concepts.First(IsCurated).Label;
            var uncertain = mentions.FirstOrDefault(m => m.Assertion == Assertion.Uncertain);
            var history = mentions.FirstOrDefault(m => m.Assertion is Assertion.Historical or Assertion.OtherPerson);
            if (uncertain is not null)
            {
                var instead = SymptomInstead(claim, analysis, uncertain);
                findings.Add(new Finding(id, null, FindingKinds.DxUncertain, "DOC-DX-UNCERTAIN", Severity.Medium, code, instead,
                    $"{code} ({label}) is documented only as uncertain (\"{uncertain.Text}\" in \"{Clip(uncertain.Sentence.Text)}\"); on an outpatient claim code the signs and symptoms instead{(instead is null ? "" : $" ({instead})")}.",
                    $"{GuidelinesVersion} IV.H (uncertain diagnosis)", null, EvidenceOf(uncertain.Sentence)));
            }
            else if (history is not null)
            {
                var who = history.Assertion == Assertion.OtherPerson ? "a family member's condition" : "a past condition";
                findings.Add(new Finding(id, null, FindingKinds.DxHistoryOnly, "DOC-DX-HISTORY", Severity.Medium, code, null,
                    $"{code} ({label}) is documented only as {who} (\"{Clip(history.Sentence.Text)}\"); that supports a Z80-Z87 history code, not the active condition.",
                    $"{GuidelinesVersion} I.C.21.c.4 (history and family history codes)", null, EvidenceOf(history.Sentence)));
            }
            else if (mentions.Count > 0 || documentsDiagnoses)
            {
                var contrary = mentions.FirstOrDefault();
                var why = contrary is null
                    ? "the note does not mention it"
                    : contrary.Assertion == Assertion.Negated
                        ? $"the note negates it (\"{Clip(contrary.Sentence.Text)}\")"
                        : $"the note mentions it only as planned or conditional (\"{Clip(contrary.Sentence.Text)}\")";
                findings.Add(new Finding(id, null, FindingKinds.DxUnsupported, "DOC-DX-UNSUPPORTED", Severity.Medium, code, null,
                    $"{code} ({label}) is not supported: {why}.",
                    $"{GuidelinesVersion} IV.J and III.B (code only conditions documented as present); negation per IV.H",
                    null, EvidenceOf(contrary?.Sentence ?? AssessmentSentence(analysis))));
            }
        }
    }

    /// <summary>The code to bill instead of an uncertain diagnosis: the first symptom its own statement affirms that no
    /// billed code covers ("Chest pain, rule out angina": R07.9); null when there is none. The replacement is one
    /// changed code, so that symptom is not reported missed as well.</summary>
    private string? SymptomInstead(ClaimForReview claim, NoteAnalysis analysis, ConceptMention uncertain)
    {
        foreach (var m in analysis.Mentions)
        {
            if (m.Sentence != uncertain.Sentence || m.Assertion != Assertion.Affirmed || m.ConceptId == uncertain.ConceptId) continue;
            var concept = lexicon.Concept(m.ConceptId);
            if (!concept.IsSymptom || !IsCurated(concept) || claim.Claim.Diagnoses.Any(concept.Supports)) continue;
            return ExpectedCode(concept, DocumentedAttributes(analysis, m), m);
        }
        return null;
    }

    /// <summary>The attributes documented for a mention's concept: its own, those of the concept's other affirmed
    /// mentions, and the other concepts the note affirms ("with" presumption).</summary>
    private static HashSet<string> DocumentedAttributes(NoteAnalysis analysis, ConceptMention m)
    {
        var documented = new HashSet<string>(m.Attributes, StringComparer.Ordinal);
        documented.UnionWith(AffirmedConceptTags(analysis));
        foreach (var other in analysis.Mentions.Where(x => x.ConceptId == m.ConceptId && x.Assertion == Assertion.Affirmed))
            documented.UnionWith(other.Attributes);
        return documented;
    }

    /// <summary>The code for a documented condition: the most specific rule whose attributes are documented; where no
    /// attribute decides, the code the note's own words name (an ICD-10-CM description), else the concept's default.</summary>
    private string ExpectedCode(Concept concept, IReadOnlySet<string> documented, ConceptMention m)
    {
        var rule = lexicon.Resolve(concept.Id, documented);
        if (rule is { Attributes.Count: > 0 }) return rule.Code;
        if (m.Code is not null && concept.Supports(m.Code)) return m.Code;
        return rule?.Code ?? concept.DefaultCode;
    }

    private void CheckSpecificity(ClaimForReview claim, NoteAnalysis analysis, string code, IReadOnlyList<Concept> concepts,
        List<ConceptMention> affirmed, List<Finding> findings)
    {
        var noteConcepts = AffirmedConceptTags(analysis);
        foreach (var concept in concepts.Where(IsCurated))
        {
            var billed = lexicon.RuleFor(concept.Id, code);
            if (billed is null) continue;
            SpecificityRule? best = null;
            ConceptMention? bestMention = null;
            foreach (var m in affirmed.Where(m => m.ConceptId == concept.Id))
            {
                var documented = new HashSet<string>(m.Attributes, StringComparer.Ordinal);
                documented.UnionWith(noteConcepts);
                if (m.Code is not null && lexicon.ConceptOfCode(m.Code) is { } fromCode) documented.UnionWith(fromCode.Attributes);
                var rule = lexicon.Resolve(concept.Id, documented);
                if (rule is not null && (best is null || rule.Attributes.Count > best.Attributes.Count)) { best = rule; bestMention = m; }
            }
            if (best is null || bestMention is null || string.Equals(best.Code, code, StringComparison.OrdinalIgnoreCase)) continue;
            var lessSpecific = billed.Attributes.IsProperSubsetOf(best.Attributes);
            // Billed as more than the note says ("J02.0" for a viral pharyngitis, "E66.01" for a BMI of 36).
            var unsupportedDetail = !billed.Attributes.IsSubsetOf(best.Attributes) && best.Attributes.IsProperSubsetOf(billed.Attributes);
            var conflicting = billed.Attributes.Any(a =>
            {
                var g = lexicon.GroupOf(a);
                return g != a && best.Attributes.Any(b => b != a && lexicon.GroupOf(b) == g);
            });
            if (!lessSpecific && !conflicting && !unsupportedDetail) continue;
            var what = string.Join(", ", best.Attributes.Except(billed.Attributes).Select(a => a.Replace("concept:", "with ", StringComparison.Ordinal)));
            findings.Add(new Finding(claim.Claim.Id, null, FindingKinds.DxSpecificity, "DOC-DX-SPECIFICITY", Severity.Medium, code, best.Code,
                unsupportedDetail && !conflicting
                    ? $"{code} claims more than the documentation (\"{Clip(bestMention.Sentence.Text)}\") supports ({string.Join(", ", billed.Attributes.Except(best.Attributes))} not documented); expected {best.Code}."
                    : conflicting
                    ? $"{code} contradicts the documentation (\"{Clip(bestMention.Sentence.Text)}\"), which supports {best.Code} ({what})."
                    : $"{code} is less specific than the documentation (\"{Clip(bestMention.Sentence.Text)}\"), which supports {best.Code} ({what}).",
                best.Attributes.Any(a => a.StartsWith("concept:", StringComparison.Ordinal))
                    ? $"{GuidelinesVersion} I.A.15 (\"with\" presumption) and I.B.2 (highest specificity)"
                    : $"{GuidelinesVersion} I.B.2 and IV.D (code to the highest documented specificity: laterality, type, stage)",
                null, EvidenceOf(bestMention.Sentence)));
            return;
        }
    }

    private void CheckMissed(ClaimForReview claim, NoteAnalysis analysis, List<Finding> findings)
    {
        var billed = claim.Claim.Diagnoses;
        // A code already proposed in place of a billed one - more specific (E11.9 -> E11.42, which covers the neuropathy)
        // or the symptom instead of an uncertain diagnosis (I20.9 -> R07.9) - is not reported missed as well.
        var proposed = findings.Where(f => f.Kind is FindingKinds.DxSpecificity or FindingKinds.DxUncertain && f.Expected is not null)
            .Select(f => f.Expected!).ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var assessed = AssessedMentions(analysis).ToList();
        foreach (var m in assessed)
        {
            if (m.Assertion != Assertion.Affirmed || !seen.Add(m.ConceptId)) continue;
            var concept = lexicon.Concept(m.ConceptId);
            if (!IsCurated(concept)) continue;
            // A symptom counts when its statement reaches no definitive diagnosis (Official Guidelines IV.D).
            if (concept.IsSymptom)
            {
                var definitive = assessed.Any(o => o.Sentence == m.Sentence && o.Assertion == Assertion.Affirmed
                    && !lexicon.Concept(o.ConceptId).IsSymptom);
                if (definitive) continue;
            }
            else if (!concept.Missable) continue;
            var documented = DocumentedAttributes(analysis, m);
            if (billed.Any(concept.Supports) || proposed.Any(concept.Supports))
            {
                MissedCombination(claim, concept, documented, m, proposed, findings);
                continue;
            }
            var expected = ExpectedCode(concept, documented, m);
            findings.Add(new Finding(claim.Claim.Id, null, FindingKinds.DxMissed, "DOC-DX-MISSED", Severity.Medium, expected, expected,
                $"The assessment addresses {concept.Label} (\"{Clip(m.Sentence.Text)}\") but no {string.Join("/", concept.SupportPrefixes)} code is billed; expected {expected}.",
                $"{GuidelinesVersion} IV.J (code all documented conditions that coexist and require or affect care)" + (concept.IsSymptom ? " and IV.D (signs and symptoms without a definitive diagnosis)" : ""),
                null, EvidenceOf(m.Sentence)));
        }
    }

    /// <summary>A coded condition whose documented complications each take their own code ("with" presumption): diabetes
    /// with hyperglycemia and CKD is E11.65 and E11.22. Reports a complication code that is neither billed nor proposed.</summary>
    private void MissedCombination(ClaimForReview claim, Concept concept, HashSet<string> documented, ConceptMention m,
        List<string> proposed, List<Finding> findings)
    {
        var applicable = lexicon.RulesFor(concept.Id)
            .Where(r => r.Attributes.Count > 0 && r.Attributes.All(documented.Contains) && r.Attributes.All(a => lexicon.GroupOf(a) == a))
            .ToList();
        foreach (var rule in applicable)
        {
            if (applicable.Any(o => o != rule && rule.Attributes.IsProperSubsetOf(o.Attributes))) continue;
            if (claim.Claim.Diagnoses.Contains(rule.Code, StringComparer.OrdinalIgnoreCase) || proposed.Contains(rule.Code, StringComparer.OrdinalIgnoreCase)) continue;
            // Only when the billed codes for this concept are themselves complication codes; an unspecified code was
            // already reported as less specific.
            if (!claim.Claim.Diagnoses.Where(concept.Supports).Any(c => lexicon.RuleFor(concept.Id, c) is { Attributes.Count: > 0 })) continue;
            findings.Add(new Finding(claim.Claim.Id, null, FindingKinds.DxMissed, "DOC-DX-MISSED-COMBINATION", Severity.Medium, rule.Code, rule.Code,
                $"The note documents {concept.Label} with {string.Join(" and ", rule.Attributes.Select(a => a.Replace("concept:", "", StringComparison.Ordinal)))} (\"{Clip(m.Sentence.Text)}\"); {rule.Code} is not billed.",
                $"{GuidelinesVersion} I.A.15 (\"with\" presumption) and I.C.4.a (use as many diabetes codes as describe the complications)",
                null, EvidenceOf(m.Sentence)));
        }
    }

    private void CheckEm(ClaimForReview claim, NoteAnalysis analysis, List<Finding> findings, bool judgeLevel)
    {
        var lines = claim.Claim.Lines;
        var visit = lines.FirstOrDefault(l => em.IsOfficeVisit(l.Code));
        if (visit is null) return;
        var row = em.Row(visit.Code);
        var status = row.PatientStatus;
        var billedLevel = row.Level!.Value;
        var minutes = analysis.TotalTime?.Minutes ?? claim.DocumentedMinutes;
        var timeLevel = minutes is { } t ? em.LevelForMinutes(status, t) : null;
        if (judgeLevel) CheckVisitLevel(claim, analysis, findings, visit, status, billedLevel, minutes, timeLevel);
        CheckProlonged(claim, analysis, findings, visit, status, billedLevel, minutes);
    }

    private void CheckVisitLevel(ClaimForReview claim, NoteAnalysis analysis, List<Finding> findings, ClaimLine visit,
        string status, int billedLevel, int? minutes, int? timeLevel)
    {
        // A level stands on time or on MDM (CPT 2021), so the note supports the highest of: the time level, the MDM
        // level it writes down, and the MDM level its content shows.
        // The MDM the note writes down is taken as written; the estimate from the content stands in only where the
        // note states none and the assessment names problems the lexicon knows.
        var statedLevel = analysis.Mdm?.Level;
        var estimatedLevel = statedLevel is null && analysis.EstimatedMdm is { Reliable: true } e ? e.Level : (int?)null;
        var mdmLevel = statedLevel ?? estimatedLevel ?? 0;
        if (timeLevel is null && mdmLevel == 0) return;
        var supported = Math.Max(timeLevel ?? 0, mdmLevel);
        if (status == EmTimeThresholds.New) supported = Math.Max(supported, 2);
        var expectedCode = em.CodeFor(status, supported);
        if (expectedCode is null || supported == billedLevel) return;
        var timeText = minutes is null ? "no total time documented" : $"total time {minutes} min supports {em.CodeFor(status, timeLevel ?? 0) ?? "no level"}";
        var mdmText = statedLevel is not null ? $"documented MDM {MdmWord(statedLevel.Value)}"
            : estimatedLevel is not null ? $"MDM from the note {MdmWord(estimatedLevel.Value)}: {analysis.EstimatedMdm?.Reasons}"
            : "no MDM read";
        var byTime = (timeLevel ?? 0) >= mdmLevel;
        var evidenceSentence = byTime && analysis.TotalTime?.Sentence is not null ? analysis.TotalTime.Sentence
            : statedLevel is not null ? analysis.Mdm?.Sentence
            : analysis.EstimatedMdm?.Sentence;
        var citation = (minutes is not null ? $"CPT 2021 E/M time thresholds: {visit.Code} {em.MinimumOf(visit.Code)} min" +
                           (expectedCode != visit.Code && em.MinimumOf(expectedCode) > 0 ? $", {expectedCode} {em.MinimumOf(expectedCode)} min" : "") + "; " : "")
                       + $"CPT 2021 E/M MDM table (2 of 3 elements): {visit.Code} needs {MdmWord(billedLevel)} MDM";
        var message = $"{timeText}; {mdmText}. The note supports {expectedCode}.";
        if (billedLevel > supported)
        {
            findings.Add(new Finding(claim.Claim.Id, visit.Number, FindingKinds.EmLevelHigh, "DOC-EM-HIGH", Severity.High, visit.Code, expectedCode,
                $"{visit.Code} is above what the note supports: {message}", citation, null,
                EvidenceOf(evidenceSentence ?? AssessmentSentence(analysis))));
        }
        else
        {
            findings.Add(new Finding(claim.Claim.Id, visit.Number, FindingKinds.EmLevelLow, "DOC-EM-LOW", Severity.Low, visit.Code, expectedCode,
                $"{visit.Code} is below what the note supports: {message}", citation, null,
                EvidenceOf(evidenceSentence ?? AssessmentSentence(analysis))));
        }
    }

    private void CheckProlonged(ClaimForReview claim, NoteAnalysis analysis, List<Finding> findings, ClaimLine visit, string status,
        int billedLevel, int? minutes)
    {
        foreach (var prolonged in claim.Claim.Lines.Where(l => em.IsProlonged(l.Code)))
        {
            var allowed = billedLevel == 5 && minutes is { } m ? em.ProlongedUnits(prolonged.Code, status, m) : 0;
            if (prolonged.Units <= allowed) continue;
            var start = em.ProlongedStart(prolonged.Code, status);
            findings.Add(new Finding(claim.Claim.Id, prolonged.Number, FindingKinds.EmLevelHigh, "DOC-EM-PROLONGED", Severity.High, prolonged.Code,
                allowed.ToString(System.Globalization.CultureInfo.InvariantCulture),
                billedLevel != 5
                    ? $"{prolonged.Code} is billed with {visit.Code}; prolonged service needs a level-5 visit."
                    : $"{prolonged.Code} x{prolonged.Units} needs more time than documented ({minutes?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"} min); the first unit starts at {start} min, so {allowed} unit(s).",
                prolonged.Code.Equals("G2212", StringComparison.OrdinalIgnoreCase)
                    ? $"CMS CY2021 PFS final rule, G2212: first unit at {start} min with {em.CodeFor(status, 5)}"
                    : $"CPT 2021 99417: each full 15 min beyond {em.CodeFor(status, 5)} {em.MinimumOf(em.CodeFor(status, 5) ?? "")} min",
                null, EvidenceOf(analysis.TotalTime?.Sentence ?? AssessmentSentence(analysis))));
        }
    }

    private void CheckProcedures(ClaimForReview claim, NoteAnalysis analysis, List<Finding> findings)
    {
        var byCode = claim.Claim.Lines.Where(l => knownProcedures.Contains(l.Code)).GroupBy(l => l.Code, StringComparer.OrdinalIgnoreCase);
        foreach (var group in byCode)
        {
            var code = group.Key;
            var mentions = analysis.Procedures.Where(p => p.Code.Equals(code, StringComparison.OrdinalIgnoreCase)).ToList();
            var done = mentions.Where(p => p.Assertion == Assertion.Affirmed).ToList();
            if (done.Count == 0)
            {
                var other = mentions.FirstOrDefault();
                var why = other is null ? "the note does not mention it"
                    : other.Assertion is Assertion.Hypothetical ? $"the note mentions it only as planned or considered (\"{Clip(other.Sentence.Text)}\")"
                    : other.Assertion is Assertion.Negated ? $"the note says it was not done (\"{Clip(other.Sentence.Text)}\")"
                    : $"the note mentions it only as {other.Assertion.ToString().ToLowerInvariant()} (\"{Clip(other.Sentence.Text)}\")";
                findings.Add(new Finding(claim.Claim.Id, group.First().Number, FindingKinds.PxUndocumented, "DOC-PX-UNDOCUMENTED", Severity.High, code, null,
                    $"{code} is billed but not documented as performed: {why}.",
                    "CMS Program Integrity Manual ch. 3 §3.3.2.1.1 (the record must document the service billed as rendered)",
                    null, EvidenceOf(other?.Sentence ?? AssessmentSentence(analysis))));
                continue;
            }
            var sides = done.Where(p => p.Side is not null).Select(p => p.Side!).Distinct().ToList();
            if (sides.Count != 1) continue;
            var documented = sides[0];
            var billedSide = BilledSide(group);
            if (billedSide is null || billedSide == documented) continue;
            var line = group.First(l => l.HasModifier("RT") || l.HasModifier("LT") || l.HasModifier("50"));
            var evidence = done.First(p => p.Side == documented).Sentence;
            var expectedModifier = documented switch { "right" => "RT", "left" => "LT", _ => "50" };
            findings.Add(new Finding(claim.Claim.Id, line.Number, FindingKinds.Laterality, "DOC-LATERALITY", Severity.Medium, code, expectedModifier,
                $"{code} is billed as {billedSide} ({string.Join(" ", group.SelectMany(l => l.Modifiers))}) but the note documents the {documented} side (\"{Clip(evidence.Text)}\").",
                "CMS/NCCI anatomic modifiers: RT, LT and 50 must match the documented site (NCCI Policy Manual ch. 1 §E)",
                null, EvidenceOf(evidence)));
        }
    }

    private static string? BilledSide(IEnumerable<ClaimLine> lines)
    {
        var right = lines.Any(l => l.HasModifier("RT"));
        var left = lines.Any(l => l.HasModifier("LT"));
        if (lines.Any(l => l.HasModifier("50")) || (right && left)) return "bilateral";
        return right ? "right" : left ? "left" : null;
    }

    private void CheckTimedUnits(ClaimForReview claim, NoteAnalysis analysis, List<Finding> findings)
    {
        var timedLines = claim.Claim.Lines.Where(l => timedCodes.Contains(l.Code)).ToList();
        if (timedLines.Count == 0) return;
        var minutes = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var evidence = new Dictionary<string, Sentence>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in analysis.Procedures.Where(p => p.Timed && p.Assertion == Assertion.Affirmed && p.Minutes is > 0))
        {
            if (minutes.TryGetValue(p.Code, out var had) && had >= p.Minutes) continue;
            minutes[p.Code] = p.Minutes!.Value;
            evidence[p.Code] = p.Sentence;
        }
        if (minutes.Count == 0) return;
        var billed = timedLines.GroupBy(l => l.Code, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Sum(l => l.Units), StringComparer.OrdinalIgnoreCase);
        var expected = EightMinuteRule.Distribute(minutes, billed);
        var total = EightMinuteRule.TotalUnits(minutes.Values.Sum());
        foreach (var (code, units) in billed)
        {
            if (!minutes.TryGetValue(code, out var m)) continue; // no minutes written: px check covers a missing service
            var want = expected[code];
            if (units == want) continue;
            var line = timedLines.First(l => l.Code.Equals(code, StringComparison.OrdinalIgnoreCase));
            findings.Add(new Finding(claim.Claim.Id, line.Number, FindingKinds.UnitsVsTime, "DOC-UNITS-TIME", Severity.High, code,
                want.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"{code} x{units} billed; the note documents {m} min of it and {minutes.Values.Sum()} timed min in all, which support {want} unit(s) of {code} ({total} timed unit(s) in all).",
                $"CMS Claims Processing Manual ch. 5 §20.2 (8-minute rule): {minutes.Values.Sum()} timed min = {total} unit(s)",
                null, EvidenceOf(evidence[code])));
        }
    }

    [GeneratedRegex(@"\b(?:x-?rays?|radiographs?|imaging|mri|ct scan|ultrasound|ordered|referr(?:al|ed)|new complaint|new onset|separately identifiable|separate (?:and distinct )?(?:e/m|problem|issue))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SeparateWorkCue();

    // A preventive visit orders its own screening tests and referrals, so beside one only words that set a problem
    // apart count.
    [GeneratedRegex(@"\b(?:new complaint|new onset|separately identifiable|separate (?:and distinct )?(?:e/m|problem|issue))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SeparateProblemCue();

    /// <summary>Preventive medicine visits: CPT 99381-99387 (new patient) and 99391-99397 (established).</summary>
    private static bool IsPreventiveVisit(string code) =>
        code.Length == 5 && int.TryParse(code, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
        && n is (>= 99381 and <= 99387) or (>= 99391 and <= 99397);

    /// <returns>True when it reported modifier 25 as unsupported.</returns>
    private bool CheckModifier25(ClaimForReview claim, NoteAnalysis analysis, List<Finding> findings)
    {
        var lines = claim.Claim.Lines;
        var visit = lines.FirstOrDefault(l => l.HasModifier("25"));
        if (visit is null) return false;
        // Modifier 25 separates an E/M from a minor procedure's included evaluation, or a problem-oriented E/M from the
        // preventive visit that already covers minor problems found on the way (CPT preventive medicine guidelines);
        // with only diagnostic tests or drug administration on the claim there is nothing to question here.
        var procedures = lines.Where(l => l != visit && minorCodes.Contains(l.Code)).ToList();
        var preventive = lines.Where(l => l != visit && IsPreventiveVisit(l.Code)).ToList();
        if (procedures.Count == 0 && preventive.Count == 0) return false;
        var covering = procedures.Concat(preventive).ToList();
        var procedureDx = covering.SelectMany(l => l.DiagnosisPointers)
            .Where(p => p >= 1 && p <= claim.Claim.Diagnoses.Count).Select(p => claim.Claim.Diagnoses[p - 1]).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (procedureDx.Count == 0 && claim.Claim.Diagnoses.Count > 0) procedureDx.Add(claim.Claim.Diagnoses[0]);
        var other = AssessedMentions(analysis).FirstOrDefault(m =>
            m.Assertion == Assertion.Affirmed && m.Sentence.Section != SectionKind.ProcedureNote
            && !procedureDx.Any(lexicon.Concept(m.ConceptId).Supports));
        if (other is not null) return false;
        var cue = preventive.Count > 0 ? SeparateProblemCue() : SeparateWorkCue();
        if (analysis.Sentences.Any(s => s.Section != SectionKind.ProcedureNote && cue.IsMatch(s.Text))) return false;
        var procedureSentence = analysis.Procedures.FirstOrDefault(p => p.Assertion == Assertion.Affirmed)?.Sentence;
        var codes = string.Join(", ", covering.Select(p => p.Code));
        var message = procedures.Count > 0
            ? $"{visit.Code}-25 is billed with {codes} but the note addresses no problem beyond the procedure's ({string.Join(", ", procedureDx)}) and documents no separate evaluation; the decision for a minor procedure is part of it."
            : $"{visit.Code}-25 is billed with the preventive visit {codes} but the note addresses no problem beyond the preventive visit's ({string.Join(", ", procedureDx)}); screening, counselling and minor problems found on the way are part of the preventive service.";
        var citation = procedures.Count > 0
            ? "CPT modifier 25; NCCI Policy Manual ch. 1 §D and ch. 11 (E/M on the day of a minor procedure)"
            : "CPT Preventive Medicine Services guidelines (99381-99397) and modifier 25; CMS Claims Processing Manual ch. 12 §30.6.2 (problem-oriented visit with a preventive service)";
        findings.Add(new Finding(claim.Claim.Id, visit.Number, FindingKinds.Modifier25Unsupported, "DOC-MOD25", Severity.High, visit.Code, null,
            message, citation, null, EvidenceOf(procedureSentence ?? AssessmentSentence(analysis))));
        return true;
    }

    private static IEnumerable<ConceptMention> AssessedMentions(NoteAnalysis analysis)
    {
        if (analysis.HasAssessment) return analysis.Mentions.Where(m => m.Sentence.Section == SectionKind.AssessmentPlan);
        return analysis.Mentions.Where(m => m.Sentence.Section is SectionKind.Unlabelled or SectionKind.Mdm);
    }

    private static HashSet<string> AffirmedConceptTags(NoteAnalysis analysis) =>
        analysis.Mentions.Where(m => m.Assertion == Assertion.Affirmed).Select(m => "concept:" + m.ConceptId).ToHashSet(StringComparer.Ordinal);

    private static bool IsCurated(Concept c) => !c.Id.StartsWith("icd:", StringComparison.Ordinal);

    private static Sentence? AssessmentSentence(NoteAnalysis analysis) =>
        analysis.Sentences.FirstOrDefault(s => s.Section == SectionKind.AssessmentPlan) ?? analysis.Sentences.FirstOrDefault();

    private static Evidence? EvidenceOf(Sentence? s) => s is null ? null : new Evidence(s.Text, s.Start, s.End);

    private static string Clip(string s) => s.Length <= 120 ? s : s[..117] + "...";

    private static string MdmWord(int level) => level switch { <= 2 => "straightforward", 3 => "low", 4 => "moderate", _ => "high" };
}
