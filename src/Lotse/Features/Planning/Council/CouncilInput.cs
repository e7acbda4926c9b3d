using Lotse.Features.Editorial.DirectoryEditing;

namespace Lotse.Features.Planning.Council;

/// <summary>A new motion as posted.</summary>
public sealed class MotionInput
{
    public string? Title { get; set; }
    public string? FiledByOrganizationId { get; set; }
    public string? FiledByText { get; set; }
    public string? FiledOn { get; set; }
    public string? Text { get; set; }
    public string? CommitteeSequence { get; set; }

    public static MotionInput From(Motion m) => new()
    {
        Title = m.Title, FiledByOrganizationId = m.FiledByOrganizationId?.ToString(), FiledByText = m.FiledByText,
        FiledOn = PlanningInput.Format(m.FiledOn), Text = m.Text, CommitteeSequence = m.CommitteeSequence,
    };

    /// <summary>Copies a checked motion (from <see cref="ToMotion"/>) onto a stored one.</summary>
    public static void Copy(Motion from, Motion to) =>
        (to.Title, to.FiledByOrganizationId, to.FiledByText, to.FiledOn, to.Text, to.CommitteeSequence) =
        (from.Title, from.FiledByOrganizationId, from.FiledByText, from.FiledOn, from.Text, from.CommitteeSequence);

    public Motion? ToMotion(FormErrors errors, CouncilChoices choices)
    {
        var title = errors.Text(nameof(Title), Title, 500, "Council.TitleRequired");
        var organization = PlanningInput.Choice(errors, nameof(FiledByOrganizationId), FiledByOrganizationId, choices.OrganizationIds);
        var filedBy = errors.Text(nameof(FiledByText), FiledByText, 300);
        if (organization is null && filedBy is null && !errors.Any)
            errors.Add(nameof(FiledByText), "Council.FiledByRequired");
        var filedOn = PlanningInput.Date(errors, nameof(FiledOn), FiledOn);
        var text = errors.Text(nameof(Text), Text, 20_000);
        var sequence = errors.Text(nameof(CommitteeSequence), CommitteeSequence, 2000);
        if (errors.Any)
            return null;
        return new Motion { Id = Guid.NewGuid(), Title = title!, FiledByOrganizationId = organization, FiledByText = organization is null ? filedBy : null, FiledOn = filedOn, Text = text, CommitteeSequence = sequence };
    }
}

/// <summary>A new submission as posted.</summary>
public sealed class SubmissionInput
{
    public string? DocumentNumber { get; set; }
    public string? Title { get; set; }
    public string? IssuedBy { get; set; }
    public string? IssuedOn { get; set; }
    public string? MotionId { get; set; }
    public string? DraftDecision { get; set; }
    public string? CommitteeSequence { get; set; }

    public static SubmissionInput From(Submission s) => new()
    {
        DocumentNumber = s.DocumentNumber, Title = s.Title, IssuedBy = s.IssuedBy, IssuedOn = PlanningInput.Format(s.IssuedOn),
        MotionId = s.MotionId?.ToString(), DraftDecision = s.DraftDecision, CommitteeSequence = s.CommitteeSequence,
    };

    /// <summary>Copies a checked submission (from <see cref="ToSubmission"/>) onto a stored one; the Sachdarstellung is not in the form and stays.</summary>
    public static void Copy(Submission from, Submission to) =>
        (to.DocumentNumber, to.Title, to.IssuedBy, to.IssuedOn, to.MotionId, to.DraftDecision, to.CommitteeSequence) =
        (from.DocumentNumber, from.Title, from.IssuedBy, from.IssuedOn, from.MotionId, from.DraftDecision, from.CommitteeSequence);

    public Submission? ToSubmission(FormErrors errors, CouncilChoices choices)
    {
        var number = errors.Text(nameof(DocumentNumber), DocumentNumber, 50);
        var title = errors.Text(nameof(Title), Title, 500, "Council.TitleRequired");
        var issuedBy = errors.Text(nameof(IssuedBy), IssuedBy, 300);
        var issuedOn = PlanningInput.Date(errors, nameof(IssuedOn), IssuedOn);
        var motion = PlanningInput.Choice(errors, nameof(MotionId), MotionId, choices.MotionIds);
        var draft = errors.Text(nameof(DraftDecision), DraftDecision, 20_000);
        var sequence = errors.Text(nameof(CommitteeSequence), CommitteeSequence, 2000);
        if (errors.Any)
            return null;
        return new Submission { Id = Guid.NewGuid(), DocumentNumber = number, Title = title!, IssuedBy = issuedBy, IssuedOn = issuedOn, MotionId = motion, DraftDecision = draft, CommitteeSequence = sequence };
    }
}

/// <summary>A new session (a committee treating a paper) with its vote and decision, as posted.</summary>
public sealed class SessionInput
{
    /// <summary>"m:&lt;id&gt;" for a motion, "s:&lt;id&gt;" for a submission.</summary>
    public string? Paper { get; set; }
    public string? Committee { get; set; }
    public string? HeldOn { get; set; }
    public string? AgendaItem { get; set; }
    public string? VotesYes { get; set; }
    public string? VotesNo { get; set; }
    public string? VotesAbstain { get; set; }
    public string? DecisionText { get; set; }
    public string? Outcome { get; set; }
    public string? ConceptVersionId { get; set; }
    public string? FundingApplicationId { get; set; }
    public List<string> MeasureIds { get; set; } = [];

    public static SessionInput From(Session s) => new()
    {
        Paper = s.MotionId is { } m ? "m:" + m : s.SubmissionId is { } sub ? "s:" + sub : null,
        Committee = s.Committee,
        HeldOn = PlanningInput.Format(s.HeldOn),
        AgendaItem = s.AgendaItem,
        VotesYes = s.VotesYes?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        VotesNo = s.VotesNo?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        VotesAbstain = s.VotesAbstain?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        DecisionText = s.DecisionText,
        Outcome = s.Outcome.ToString(),
        ConceptVersionId = s.ConceptVersionId?.ToString(),
        FundingApplicationId = s.FundingApplicationId?.ToString(),
        MeasureIds = s.Measures.Select(m => m.Id.ToString()).ToList(),
    };

    /// <summary>Copies a checked session (from <see cref="ToSession"/>) onto a stored one, measures included.</summary>
    public static void Copy(Session from, Session to)
    {
        (to.MotionId, to.SubmissionId, to.Committee, to.HeldOn, to.AgendaItem) = (from.MotionId, from.SubmissionId, from.Committee, from.HeldOn, from.AgendaItem);
        (to.VotesYes, to.VotesNo, to.VotesAbstain, to.DecisionText, to.Outcome) = (from.VotesYes, from.VotesNo, from.VotesAbstain, from.DecisionText, from.Outcome);
        (to.ConceptVersionId, to.FundingApplicationId) = (from.ConceptVersionId, from.FundingApplicationId);
        foreach (var gone in to.Measures.Where(m => from.Measures.All(n => n.Id != m.Id)).ToList())
            to.Measures.Remove(gone);
        foreach (var added in from.Measures.Where(m => to.Measures.All(n => n.Id != m.Id)).ToList())
            to.Measures.Add(added);
    }

    public Session? ToSession(FormErrors errors, CouncilChoices choices)
    {
        Guid? motion = null, submission = null;
        var paper = FormText.Clean(Paper);
        if (paper is null)
            errors.Add(nameof(Paper), "Council.PaperRequired");
        else if (paper.StartsWith("m:", StringComparison.Ordinal) && Guid.TryParse(paper[2..], out var m) && choices.MotionIds.Contains(m))
            motion = m;
        else if (paper.StartsWith("s:", StringComparison.Ordinal) && Guid.TryParse(paper[2..], out var s) && choices.SubmissionIds.Contains(s))
            submission = s;
        else
            errors.Add(nameof(Paper), "Validation.Choice");
        var committee = errors.Text(nameof(Committee), Committee, 200, "Council.CommitteeRequired");
        var heldOn = PlanningInput.Date(errors, nameof(HeldOn), HeldOn);
        var agenda = errors.Text(nameof(AgendaItem), AgendaItem, 50);
        var yes = PlanningInput.Count(errors, nameof(VotesYes), VotesYes);
        var no = PlanningInput.Count(errors, nameof(VotesNo), VotesNo);
        var abstain = PlanningInput.Count(errors, nameof(VotesAbstain), VotesAbstain);
        var decision = errors.Text(nameof(DecisionText), DecisionText, 20_000);
        var outcome = DecisionOutcome.Open;
        if (FormText.Clean(Outcome) is { } o && !Enum.TryParse(o, out outcome))
            errors.Add(nameof(Outcome), "Validation.Choice");
        var concept = PlanningInput.Choice(errors, nameof(ConceptVersionId), ConceptVersionId, choices.ConceptIds);
        var application = PlanningInput.Choice(errors, nameof(FundingApplicationId), FundingApplicationId, choices.ApplicationIds);
        var measures = new List<Guid>();
        foreach (var value in MeasureIds)
            if (PlanningInput.Choice(errors, nameof(MeasureIds), value, choices.MeasureIds) is { } id)
                measures.Add(id);
        if (errors.Any)
            return null;
        var session = new Session
        {
            Id = Guid.NewGuid(), MotionId = motion, SubmissionId = submission, Committee = committee!, HeldOn = heldOn, AgendaItem = agenda,
            VotesYes = yes, VotesNo = no, VotesAbstain = abstain, DecisionText = decision, Outcome = outcome,
            ConceptVersionId = concept, FundingApplicationId = application,
        };
        foreach (var measure in choices.Measures.Where(x => measures.Contains(x.Id)))
            session.Measures.Add(measure);
        return session;
    }
}
