import { describe, expect, it } from "vitest";
import { normalizeProfile, ProfileShapeError } from "../../src/profile/normalize.js";

const jsonResume = {
  basics: {
    name: "Jane Doe",
    label: "Senior Backend Engineer at Northwind Health",
    summary: "Builds dependable Go services.",
    location: { city: "Ann Arbor", region: "MI", countryCode: "US" },
    profiles: [
      { network: "LinkedIn", username: "jane-doe", url: "https://www.linkedin.com/in/jane-doe" },
      { network: "GitHub", username: "janedoe-dev" },
    ],
  },
  work: [
    { name: "Northwind Health", position: "Senior Backend Engineer", startDate: "2022-03-01", highlights: ["Cut p99 latency to 240 ms"] },
    { name: "Initech", position: "Software Engineer", startDate: "2017-07-10", endDate: "2022-02-25", highlights: ["Rewrote the billing export"] },
  ],
  education: [{ institution: "University of Michigan" }],
  skills: [
    { name: "Go", keywords: ["concurrency", "pprof"] },
    { name: "PostgreSQL", keywords: ["schema migrations", "go"] },
  ],
  projects: [{ name: "pg-migrate-lite" }, { name: "Talk: 'Zero-downtime upgrades' (GopherCon, 2026)" }],
  publications: [{ name: "Upgrading a 2 TB PostgreSQL database" }],
  interests: [{ name: "Rock climbing", keywords: ["bouldering"] }],
};

describe("JSON Resume", () => {
  const profile = normalizeProfile(jsonResume, "jane.json");

  it("maps basics", () => {
    expect(profile).toMatchObject({
      source: "jane.json",
      fullName: "Jane Doe",
      firstName: "Jane",
      lastName: "Doe",
      headline: "Senior Backend Engineer at Northwind Health",
      summary: "Builds dependable Go services.",
      location: "Ann Arbor, MI, US",
    });
  });

  it("makes social profiles merge fields by network", () => {
    expect(profile.fields).toEqual({ linkedin: "https://www.linkedin.com/in/jane-doe", github: "janedoe-dev" });
  });

  it("takes the job without an end date as the current one and the rest as past", () => {
    expect(profile.currentCompany).toBe("Northwind Health");
    expect(profile.currentTitle).toBe("Senior Backend Engineer");
    expect(profile.pastCompanies).toEqual(["Initech"]);
    expect(profile.pastTitles).toEqual(["Software Engineer"]);
    expect(profile.highlights).toEqual(["Cut p99 latency to 240 ms", "Rewrote the billing export"]);
  });

  it("collects schools, skills with their keywords (once each), projects and interests", () => {
    expect(profile.schools).toEqual(["University of Michigan"]);
    expect(profile.skills).toEqual(["Go", "concurrency", "pprof", "PostgreSQL", "schema migrations"]);
    expect(profile.projects).toEqual(["pg-migrate-lite"]);
    expect(profile.interests).toEqual(["Rock climbing", "bouldering"]);
  });

  it("treats posts and talks listed as projects, and publications, as recent activity", () => {
    expect(profile.recentActivity).toEqual(["Talk: 'Zero-downtime upgrades' (GopherCon, 2026)", "Upgrading a 2 TB PostgreSQL database"]);
  });

  it("accepts an end date of 'present' and the older 'company' key", () => {
    const profile = normalizeProfile({ work: [{ company: "Acme", position: "CTO", endDate: "Present" }] });
    expect(profile).toMatchObject({ currentCompany: "Acme", currentTitle: "CTO" });
  });

  it("fills title and company from a 'Title at Company' label when there is no current job", () => {
    const profile = normalizeProfile({ basics: { name: "Sam Okafor", label: "Staff Data Engineer at Northwind Health | Spark, dbt" } });
    expect(profile).toMatchObject({ currentTitle: "Staff Data Engineer", currentCompany: "Northwind Health" });
  });

  it("takes a location given as text", () => {
    expect(normalizeProfile({ basics: { location: "Berlin, Germany" } }).location).toBe("Berlin, Germany");
  });
});

describe("flat form", () => {
  const profile = normalizeProfile(
    {
      name: "Marcus Lee",
      headline: "VP of Sales at Brightline Logistics",
      company: "Brightline Logistics",
      title: "VP of Sales",
      location: "Chicago, IL",
      skills: ["B2B sales", "Salesforce", "salesforce"],
      interests: "Sales coaching, Youth basketball",
      recentActivity: ["Post: We are hiring 8 account executives."],
      pastCompanies: ["Lakefront Freight"],
      schools: ["DePaul University"],
      projects: ["Brightline Sales Academy"],
      team: "Sales",
      seats: 12,
    },
    "marcus.yaml",
  );

  it("maps the flat keys", () => {
    expect(profile).toMatchObject({
      fullName: "Marcus Lee",
      firstName: "Marcus",
      lastName: "Lee",
      headline: "VP of Sales at Brightline Logistics",
      currentCompany: "Brightline Logistics",
      currentTitle: "VP of Sales",
      location: "Chicago, IL",
      skills: ["B2B sales", "Salesforce"],
      interests: ["Sales coaching", "Youth basketball"],
      recentActivity: ["Post: We are hiring 8 account executives."],
      pastCompanies: ["Lakefront Freight"],
      schools: ["DePaul University"],
      projects: ["Brightline Sales Academy"],
    });
  });

  it("keeps other scalar keys as merge fields, lower-cased", () => {
    expect(profile.fields).toEqual({ team: "Sales", seats: "12" });
  });

  it("accepts snake_case and first/last names", () => {
    const snake = normalizeProfile({ first_name: "Priya", last_name: "Raman", recent_activity: ["Talk: Lakehouse costs"], past_companies: "Dell; IBM" });
    expect(snake).toMatchObject({ fullName: "Priya Raman", firstName: "Priya", lastName: "Raman", recentActivity: ["Talk: Lakehouse costs"], pastCompanies: ["Dell", "IBM"] });
  });

  it("fills title and company from the headline when missing", () => {
    expect(normalizeProfile({ name: "A B", headline: "Engineering Manager @ Strideline, Denver" })).toMatchObject({ currentTitle: "Engineering Manager", currentCompany: "Strideline" });
  });
});

describe("names and headlines that are not what they look like", () => {
  const headline = (text: string, schools: string[] = []) => {
    const { currentTitle, currentCompany } = normalizeProfile({ name: "A B", headline: text, schools });
    return { currentTitle, currentCompany };
  };

  it("leaves an honorific out of the first name (senior-engineer.json of the evaluation corpus: 'Dr. Lena Vasquez')", () => {
    expect(normalizeProfile({ basics: { name: "Dr. Lena Vasquez" } })).toMatchObject({ fullName: "Dr. Lena Vasquez", firstName: "Lena", lastName: "Vasquez" });
    for (const honorific of ["Dr", "Mr.", "Mrs.", "Ms.", "Prof.", "prof."]) {
      expect(normalizeProfile({ name: `${honorific} Ada Byron` })).toMatchObject({ firstName: "Ada", lastName: "Byron" });
    }
  });

  it("leaves credentials and suffixes out of the last name", () => {
    expect(normalizeProfile({ name: "Jane Doe, PhD" })).toMatchObject({ firstName: "Jane", lastName: "Doe" });
    expect(normalizeProfile({ name: "John Roe Jr." })).toMatchObject({ firstName: "John", lastName: "Roe" });
    expect(normalizeProfile({ name: "Madonna" })).toMatchObject({ firstName: "Madonna", lastName: null });
  });

  it("derives no company from a school in the headline (fixtures/profiles/sam-okafor.yaml)", () => {
    expect(headline("Computer Science graduate, University of Texas at Austin | Backend and distributed systems", ["University of Texas at Austin"])).toEqual({
      currentTitle: null,
      currentCompany: null,
    });
    expect(headline("Student at Ohio State University")).toEqual({ currentTitle: null, currentCompany: null });
    expect(headline("PhD candidate at MIT")).toEqual({ currentTitle: null, currentCompany: null });
  });

  it("takes the last ' at ' that follows a job title, and only the headline's first part", () => {
    expect(headline("Research Engineer at University of Texas at Austin")).toEqual({ currentTitle: "Research Engineer", currentCompany: null });
    expect(headline("Head of Data at Look at Me Labs")).toEqual({ currentTitle: "Head of Data", currentCompany: "Look at Me Labs" });
    expect(headline("Staff Engineer at Northwind | Speaker at PyCon")).toEqual({ currentTitle: "Staff Engineer", currentCompany: "Northwind" });
    expect(headline("Building things at Acme")).toEqual({ currentTitle: null, currentCompany: null });
  });
});

describe("wrong types name the field", () => {
  const shapeError = (value: unknown): string => {
    try {
      normalizeProfile(value);
    } catch (error) {
      expect(error).toBeInstanceOf(ProfileShapeError);
      return (error as Error).message;
    }
    throw new Error("expected a shape error");
  };

  it.each([
    [[1, 2], "field '(root)' must be a mapping of profile fields (JSON Resume or the flat form)"],
    [{ basics: "Jane" }, "field 'basics' must be an object"],
    [{ basics: { name: ["Jane"] } }, "field 'basics.name' must be a string"],
    [{ basics: { location: 42 } }, "field 'basics.location' must be a string or an object with city/region/countryCode"],
    [{ basics: { profiles: { network: "GitHub" } } }, "field 'basics.profiles' must be a list"],
    [{ basics: { profiles: [{ network: ["GitHub"] }] } }, "field 'basics.profiles[0].network' must be a string"],
    [{ work: { name: "Acme" } }, "field 'work' must be a list"],
    [{ work: ["Acme"] }, "field 'work[0]' must be an object"],
    [{ work: [{ name: "Acme", position: { title: "CTO" } }] }, "field 'work[0].position' must be a string"],
    [{ work: [{ name: "Acme", highlights: 3 }] }, "field 'work[0].highlights' must be a list of strings or a comma-separated string"],
    [{ education: [{ institution: true }] }, "field 'education[0].institution' must be a string"],
    [{ skills: [{ name: "Go", keywords: [{}] }] }, "field 'skills[0].keywords[0]' must be a string"],
    [{ basics: {}, projects: [{ name: 7, url: "x" }, { name: {} }] }, "field 'projects[1].name' must be a string"],
    [{ basics: {}, interests: [{ name: ["x"] }] }, "field 'interests[0].name' must be a string"],
    [{ name: "Robin", skills: 42 }, "field 'skills' must be a list of strings or a comma-separated string"],
    [{ name: "Robin", company: { name: "Acme" } }, "field 'company' must be a string"],
    [{ fullName: ["Robin"] }, "field 'fullName' must be a string"],
  ])("%j", (value, message) => {
    expect(shapeError(value)).toBe(message);
  });
});
